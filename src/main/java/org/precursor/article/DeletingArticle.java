package org.precursor.article;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.claim.RemovingClaims;
import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/** Deletes an article together with its claims, so that no claim is left without its source. */
@Component
public class DeletingArticle {

	private final ArticleRepository articles;

	private final ClaimRepository claims;

	private final RemovingClaims removing;

	DeletingArticle(ArticleRepository articles, ClaimRepository claims, RemovingClaims removing) {
		this.articles = articles;
		this.claims = claims;
		this.removing = removing;
	}

	/** What deleting the article would take with it, for the confirmation page. */
	@Transactional(readOnly = true)
	public ArticleDeletion preview(Long id) {
		Article article = find(id);
		List<String> claimTexts = claims.findByArticleInReadingOrder(article).stream()
			.map(claim -> claim.getClaimant().getName() + ": " + claim.getText())
			.toList();
		return new ArticleDeletion(article.getId(), article.getTitle(), article.getOutlet().getName(),
				article.getVersion(), claimTexts);
	}

	@Transactional
	public void delete(Long id, Long version) {
		Article article = find(id);
		StaleEditException.check(version, article.getVersion());
		List<Claim> itsClaims = claims.findByArticleInReadingOrder(article);
		removing.remove(itsClaims);
		articles.delete(article);
	}

	private Article find(Long id) {
		return articles.findWithOutletsById(id).orElseThrow(() -> NotFoundException.byId("article", id));
	}

	public record ArticleDeletion(Long id, String title, String outletName, long version, List<String> claims) {
	}

}
