package org.precursor.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.precursor.web.BadRequestException;

@Controller
class SearchController {

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model) {
		SearchResults results = search.search(BadRequestException.refuseLongQuery("q", q));
		model.addAttribute("results", results);
		model.addAttribute("searchQuery", results.query());
		return "search/results";
	}

}
