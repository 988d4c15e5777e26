package org.precursor.article;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a new article from the form: its outlet is found by name or created, and an address already recorded
 * (compared canonically) is refused, naming the article that has it.
 */
@Component
public class AddingArticle {

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	AddingArticle(ArticleRepository articles, OutletRepository outlets) {
		this.articles = articles;
		this.outlets = outlets;
	}

	@Transactional
	public Article add(ArticleForm form) {
		CanonicalUrl url = CanonicalUrl.of(form.getUrl());
		DuplicateArticleException.refuseIfTaken(articles, url, null);
		Article article = new Article(outlets.findOrCreateNamed(form.getOutletName()), form.getTitle().strip());
		article.publishedBy(article.getOutlet(), originalOutlet(outlets, form));
		article.locatedAt(url);
		form.applyTo(article);
		return articles.save(article);
	}

	/** The outlet that first reported a republished story, or none when the form names none. */
	static Outlet originalOutlet(OutletRepository outlets, ArticleForm form) {
		String name = form.getOriginalOutletName();
		return name == null || name.isBlank() ? null : outlets.findOrCreateNamed(name);
	}

}
