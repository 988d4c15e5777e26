package org.precursor.claim;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorClaimCounts;
import org.precursor.article.Article;
import org.precursor.article.ArticleClaims;

/** The claim counts and descriptions that the actor and article features show without depending on claims. */
@Component
class CountingClaims implements ActorClaimCounts, ArticleClaims {

	private final ClaimRepository claims;

	private final ClaimSearch search;

	CountingClaims(ClaimRepository claims, ClaimSearch search) {
		this.claims = claims;
		this.search = search;
	}

	@Override
	public long madeBy(Actor actor) {
		return claims.countByClaimant(actor);
	}

	@Override
	public long about(Actor actor) {
		return claims.countAbout(actor);
	}

	@Override
	public Map<Long, Long> madeByEach(Collection<Long> actorIds) {
		return actorIds.isEmpty() ? Map.of() : ClaimCount.asMap(claims.countMadeByEach(actorIds));
	}

	@Override
	public Map<Long, Long> aboutEach(Collection<Long> actorIds) {
		return actorIds.isEmpty() ? Map.of() : ClaimCount.asMap(claims.countAboutEach(actorIds));
	}

	@Override
	public List<Long> mostClaiming(int limit) {
		return claims.findMostClaiming(PageRequest.of(0, limit));
	}

	@Override
	public long countIn(Article article) {
		return claims.countByArticle(article);
	}

	@Override
	public Map<Long, Long> countPerArticle() {
		return ClaimCount.asMap(claims.countPerArticle());
	}

	@Override
	public Map<String, Long> countPerOutlet() {
		return search.matching(ClaimFilter.none()).outletCounts().stream()
			.collect(Collectors.toMap(FacetValue::value, FacetValue::count));
	}

	@Override
	public List<String> describeClaimsIn(Article article) {
		return claims.findByArticleInReadingOrder(article).stream()
			.map(claim -> claim.getClaimant().getName() + ": " + claim.getText())
			.toList();
	}

}
