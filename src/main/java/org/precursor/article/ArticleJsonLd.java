package org.precursor.article;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.precursor.web.JsonLd;
import org.precursor.web.SiteAddress;

/**
 * An article page's schema.org description: a {@code NewsArticle} with its headline, its own address, its date (no
 * more precise than the site states it), its publisher, the outlet that originally reported it and its authors.
 */
final class ArticleJsonLd {

	private ArticleJsonLd() {
	}

	static JsonLd of(ArticlePage page, SiteAddress site) {
		ArticleListing article = page.article();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@type", "NewsArticle");
		document.put("@id", site.of("/articles/" + article.article().id()));
		document.put("mainEntityOfPage", site.of("/articles/" + article.article().id()));
		if (page.url() != null) {
			document.put("url", page.url());
		}
		document.put("headline", article.article().title());
		if (article.date().isKnown()) {
			document.put("datePublished", article.date().machineValue());
		}
		document.put("publisher", organization(article.outlet(), site));
		if (article.isRepublished()) {
			document.put("sourceOrganization", organization(article.originalOutlet(), site));
		}
		List<Map<String, Object>> authors = authors(article.authors());
		if (!authors.isEmpty()) {
			document.put("author", authors);
		}
		if (page.language() != null) {
			document.put("inLanguage", page.language());
		}
		if (article.summary() != null) {
			document.put("description", article.summary());
		}
		return JsonLd.of(document);
	}

	private static Map<String, Object> organization(OutletRef outlet, SiteAddress site) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", outlet.name());
		organization.put("url", site.of("/outlets/" + outlet.slug()));
		return organization;
	}

	/** The byline's names, as the article lists them ("A, B and C" or "A; B"). */
	private static List<Map<String, Object>> authors(String byline) {
		if (byline == null || byline.isBlank()) {
			return List.of();
		}
		return Arrays.stream(byline.split("\\s*(?:[,;]|\\band\\b)\\s*"))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.map(name -> {
				Map<String, Object> person = new LinkedHashMap<>();
				person.put("@type", "Person");
				person.put("name", name);
				return person;
			})
			.toList();
	}

}
