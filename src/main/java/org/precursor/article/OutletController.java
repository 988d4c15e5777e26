package org.precursor.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.precursor.web.FeedLink;

@Controller
class OutletController {

	private final ArticlePages pages;

	OutletController(ArticlePages pages) {
		this.pages = pages;
	}

	@GetMapping("/outlets")
	String list(Model model) {
		model.addAttribute("outlets", pages.outlets());
		return "outlets/list";
	}

	@GetMapping("/outlets/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAllAttributes(pages.outlet(slug));
		model.addAttribute(FeedLink.MODEL_NAME, new FeedLink("/feeds/outlets/" + slug + ".atom",
				"Precursor: the newest claims this outlet reported"));
		return "outlets/show";
	}

}
