package org.precursor.claim;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.web.NotFoundException;

/** Reads what an article's admin page shows: the article, its claims in reading order and the choices offered. */
@Component
class ArticleWorkspace {

	private final ArticleRepository articles;

	private final ClaimRepository claims;

	private final PropositionRepository propositions;

	ArticleWorkspace(ArticleRepository articles, ClaimRepository claims,
			PropositionRepository propositions) {
		this.articles = articles;
		this.claims = claims;
		this.propositions = propositions;
	}

	Article article(Long id) {
		return articles.findWithOutletsById(id).orElseThrow(() -> NotFoundException.byId("article", id));
	}

	@Transactional(readOnly = true)
	List<ArticleClaimRow> claims(Article article) {
		return claims.findByArticleInReadingOrder(article).stream().map(ArticleWorkspace::row).toList();
	}

	@Transactional(readOnly = true)
	ClaimForm formFor(Long articleId, Long claimId) {
		return ClaimForm.of(claim(articleId, claimId));
	}

	@Transactional(readOnly = true)
	Map<String, String> describe(Long articleId, Long claimId) {
		return ClaimForm.describe(claim(articleId, claimId));
	}

	@Transactional(readOnly = true)
	long version(Long articleId, Long claimId) {
		return claim(articleId, claimId).getVersion();
	}

	List<Proposition> propositions() {
		return propositions.findAllByOrderByTextAsc();
	}

	Map<Long, String> propositionTexts() {
		return propositions().stream().collect(Collectors.toMap(Proposition::getId, Proposition::getText));
	}

	private Claim claim(Long articleId, Long claimId) {
		return claims.findById(claimId)
			.filter(claim -> claim.getArticle().getId().equals(articleId))
			.orElseThrow(() -> NotFoundException.byId("claim", claimId));
	}

	private static ArticleClaimRow row(Claim claim) {
		return new ArticleClaimRow(claim.getId(), claim.getPosition(), claim.getClaimant().getName(),
				claim.getClaimant().getSlug(), claim.getKind(), claim.getText(), claim.getMadeOn(),
				claim.getAbout().stream().map(Actor::getName).sorted().toList(),
				claim.getStances().stream()
					.sorted(Comparator.comparing(stance -> stance.getProposition().getText()))
					.map(stance -> stance.getStance().label() + ": " + stance.getProposition().getText())
					.toList());
	}

}
