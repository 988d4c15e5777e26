package org.precursor.seed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the latest seed dataset left for an editor: rows an editor changed that the dataset would have corrected,
 * rows no longer in the dataset but still in use, and rows that could not be applied. Under /admin, so signed in.
 */
@Controller
class SeedReviewController {

	private final SeedReview review;

	SeedReviewController(SeedReview review) {
		this.review = review;
	}

	@GetMapping("/admin/seed-review")
	String list(Model model) {
		model.addAttribute("items", review.items());
		return "seed/review";
	}

	@PostMapping("/admin/seed-review/{id}/dismiss")
	String dismiss(@PathVariable long id, RedirectAttributes redirect) {
		if (review.dismiss(id)) {
			redirect.addFlashAttribute("saved", "Marked as reviewed.");
		}
		return "redirect:/admin/seed-review";
	}

}
