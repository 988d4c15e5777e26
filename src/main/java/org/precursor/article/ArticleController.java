package org.precursor.article;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.precursor.web.JsonLd;
import org.precursor.web.Pagination;
import org.precursor.web.SiteAddress;

@Controller
class ArticleController {

	private final ArticlePages pages;

	private final SiteAddress site;

	ArticleController(ArticlePages pages, @Value(SiteAddress.PROPERTY) String baseUrl) {
		this.pages = pages;
		this.site = SiteAddress.at(baseUrl);
	}

	@GetMapping("/articles")
	String list(@RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("list", pages.articles(Pagination.pageNumber(page)));
		return "articles/list";
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable Long id, Model model) {
		Map<String, Object> page = pages.article(id);
		model.addAllAttributes(page);
		model.addAttribute(JsonLd.MODEL_NAME, ArticleJsonLd.of((ArticlePage) page.get("page"), site));
		return "articles/show";
	}

}
