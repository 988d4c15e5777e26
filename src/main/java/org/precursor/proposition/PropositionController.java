package org.precursor.proposition;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
		model.addAllAttributes(pages.page(slug));
		return "propositions/show";
	}

}
