package org.precursor.proposition;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PropositionController {

	private final PropositionPages pages;

	PropositionController(PropositionPages pages) {
		this.pages = pages;
	}

	@GetMapping("/propositions")
	String list(Model model) {
		model.addAttribute("propositions", pages.list());
		return "propositions/list";
	}

	@GetMapping("/propositions/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("page", pages.page(slug));
		return "propositions/show";
	}

	/** {@code actors} may be one comma-separated value or repeated, as the picker form sends it. */
	@GetMapping("/compare")
	String compare(@RequestParam(defaultValue = "") List<String> actors,
			@RequestParam(defaultValue = "true") boolean rollup, Model model) {
		model.addAttribute("matrix", pages.compare(actors, rollup));
		return "propositions/compare";
	}

}
