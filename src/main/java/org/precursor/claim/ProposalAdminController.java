package org.precursor.claim;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Claims proposed from an article's text, on the article's page: proposing shows them for review and saves
 * nothing; accepting saves the chosen ones as the claim form would. This is the page without JavaScript; with it,
 * the proposals come from {@code POST /api/extractions} and are accepted here all the same.
 */
@Controller
@RequestMapping("/admin/articles/{articleId}/proposals")
class ProposalAdminController {

	private final ProposingClaims proposing;

	private final AcceptingProposals accepting;

	private final ArticleAdminPage page;

	ProposalAdminController(ProposingClaims proposing, AcceptingProposals accepting, ArticleAdminPage page) {
		this.proposing = proposing;
		this.accepting = accepting;
		this.page = page;
	}

	@PostMapping
	String propose(@PathVariable Long articleId, @Valid ProposingForm proposingForm, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("proposalReview", proposing.review(proposingForm.getArticleText()));
			}
			catch (ClaimProposals.Unavailable ex) {
				result.rejectValue("articleText", "unavailable", ex.getMessage());
			}
		}
		return page.show(articleId, null, model);
	}

	/**
	 * {@code action} is {@code accept-checked}, or {@code accept-N} or {@code reject-N} for row N alone. A refused
	 * accept shows every row again as typed, with the messages beside the fields.
	 */
	@PostMapping("/accept")
	String accept(@PathVariable Long articleId, @Valid @ModelAttribute ProposalReview proposalReview, BindingResult result,
			@RequestParam(defaultValue = "accept-checked") String action, Model model, RedirectAttributes redirect) {
		int row = rowOf(action);
		if (action.startsWith("reject-")) {
			proposalReview.setAside(row);
			return review(articleId, proposalReview, model);
		}
		List<Integer> chosen = action.startsWith("accept-") && row >= 0
				? (proposalReview.isUnderReview(row) ? List.of(row) : List.of()) : proposalReview.checkedRows();
		if (chosen.isEmpty()) {
			result.reject("noneChosen", "No proposal was checked: check the ones to accept, or use a proposal's own "
					+ "Accept button.");
			return review(articleId, proposalReview, model);
		}
		if (!accepting.accept(articleId, proposalReview, chosen, result)) {
			return review(articleId, proposalReview, model);
		}
		chosen.forEach(proposalReview::setAside);
		String added = chosen.size() == 1 ? "1 proposed claim added." : chosen.size() + " proposed claims added.";
		if (proposalReview.isEmpty()) {
			redirect.addFlashAttribute("saved", added);
			return "redirect:/admin/articles/" + articleId + "#claims-title";
		}
		model.addAttribute("saved", added + " The other proposals are still below.");
		return review(articleId, proposalReview, model);
	}

	private String review(Long articleId, ProposalReview review, Model model) {
		model.addAttribute("proposalReview", review);
		return page.show(articleId, null, model);
	}

	private static int rowOf(String action) {
		String number = action.substring(action.indexOf('-') + 1);
		return number.matches("\\d{1,3}") ? Integer.parseInt(number) : -1;
	}

}
