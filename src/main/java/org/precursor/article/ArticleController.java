package org.precursor.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.precursor.web.Pagination;

@Controller
class ArticleController {

	private final ArticlePages pages;

	ArticleController(ArticlePages pages) {
		this.pages = pages;
	}

	@GetMapping("/articles")
	String list(@RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("list", pages.articles(Pagination.pageNumber(page)));
		return "articles/list";
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAllAttributes(pages.article(id));
		return "articles/show";
	}

}
