package org.precursor.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.actor.ActorRef;
import org.precursor.article.Article;
import org.precursor.article.ArticlePageSection;

/** The article page's claims, in reading order, and the actors it quotes, most quoted first. */
@Component
class ArticleClaimsSection implements ArticlePageSection {

	private final ClaimSearch search;

	ArticleClaimsSection(ClaimSearch search) {
		this.search = search;
	}

	@Override
	public Map<String, Object> forArticle(Article article) {
		List<ClaimCard> cards = search.inArticle(article.getId());
		Map<ActorRef, Long> quoted = new LinkedHashMap<>();
		cards.forEach(card -> quoted.merge(card.claimant(), 1L, Long::sum));
		List<ReportedClaims.QuotedActor> byCount = new ArrayList<>();
		quoted.forEach((actor, count) -> byCount.add(new ReportedClaims.QuotedActor(actor, count)));
		byCount.sort((a, b) -> Long.compare(b.claims(), a.claims()));
		return Map.of("reported", new ReportedClaims(cards, byCount));
	}

}
