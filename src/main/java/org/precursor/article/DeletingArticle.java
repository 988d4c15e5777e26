package org.precursor.article;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/**
 * Deletes an article. Listeners to {@link ArticleRemoving} delete what stands on it (its claims), so that no claim
 * is left without its source.
 */
@Component
public class DeletingArticle {

	private final ArticleRepository articles;

	private final ArticleClaims claims;

	private final ApplicationEventPublisher events;

	DeletingArticle(ArticleRepository articles, ArticleClaims claims, ApplicationEventPublisher events) {
		this.articles = articles;
		this.claims = claims;
		this.events = events;
	}

	/** What deleting the article would take with it, for the confirmation page. */
	@Transactional(readOnly = true)
	public ArticleDeletion preview(Long id) {
		Article article = find(id);
		return new ArticleDeletion(article.getId(), article.getTitle(), article.getOutlet().getName(),
				article.getVersion(), claims.describeClaimsIn(article));
	}

	@Transactional
	public void delete(Long id, Long version) {
		Article article = find(id);
		StaleEditException.check(version, article.getVersion());
		events.publishEvent(new ArticleRemoving(article));
		articles.delete(article);
	}

	private Article find(Long id) {
		return articles.findWithOutletsById(id).orElseThrow(() -> NotFoundException.byId("article", id));
	}

	public record ArticleDeletion(Long id, String title, String outletName, long version, List<String> claims) {
	}

}
