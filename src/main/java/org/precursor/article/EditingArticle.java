package org.precursor.article;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/** Saves an edited article, unless someone else saved it since the form was opened. */
@Component
public class EditingArticle {

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	private final ApplicationEventPublisher events;

	EditingArticle(ArticleRepository articles, OutletRepository outlets, ApplicationEventPublisher events) {
		this.articles = articles;
		this.outlets = outlets;
		this.events = events;
	}

	@Transactional
	public Article update(Long id, ArticleForm form) {
		Article article = articles.findWithOutletsById(id).orElseThrow(() -> NotFoundException.byId("article", id));
		StaleEditException.check(form.getVersion(), article.getVersion());
		CanonicalUrl url = form.getUrl() == null || form.getUrl().isBlank() ? null : CanonicalUrl.of(form.getUrl());
		if (url != null) {
			DuplicateArticleException.refuseIfTaken(articles, url, id);
		}
		// A form without the field (a script written before it existed) leaves the original outlet as it was.
		article.publishedBy(outlets.findOrCreateNamed(form.getOutletName()), form.getOriginalOutletName() == null
				? article.getOriginalOutlet() : AddingArticle.originalOutlet(outlets, form));
		article.locatedAt(url);
		LocalDate dated = article.getPublishedOn();
		form.applyTo(article);
		Article saved = articles.saveAndFlush(article);
		if (!Objects.equals(dated, saved.getPublishedOn())) {
			events.publishEvent(new ArticleRedated(saved));
		}
		return saved;
	}

}
