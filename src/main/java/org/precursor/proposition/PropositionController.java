package org.precursor.proposition;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.precursor.web.FeedLink;

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
		model.addAttribute(FeedLink.MODEL_NAME, new FeedLink("/feeds/propositions/" + slug + ".atom",
				"Precursor: the newest claims on this proposition"));
		return "propositions/show";
	}

}
