package org.precursor.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.ActorRef;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimCount;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimRepository;
import org.precursor.claim.ClaimSearch;
import org.precursor.claim.FacetValue;
import org.precursor.claim.MatchingClaims;
import org.precursor.web.NotFoundException;

/** Assembles the article and outlet pages, each in one read-only transaction. */
@Component
class ArticlePages {

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	private final ClaimRepository claims;

	private final ClaimSearch search;

	ArticlePages(ArticleRepository articles, OutletRepository outlets, ClaimRepository claims, ClaimSearch search) {
		this.articles = articles;
		this.outlets = outlets;
		this.claims = claims;
		this.search = search;
	}

	@Transactional(readOnly = true)
	List<ArticleListing> articles() {
		Map<Long, Long> counts = ClaimCount.asMap(claims.countPerArticle());
		return articles.findAllWithOutletsNewestFirst().stream()
			.map(article -> ArticleListing.of(article, counts.getOrDefault(article.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	ArticlePage article(Long id) {
		Article article = articles.findWithOutletsById(id)
			.orElseThrow(() -> new NotFoundException("There is no article number " + id + "."));
		List<ClaimCard> cards = search.inArticle(id);
		Map<ActorRef, Long> quoted = new LinkedHashMap<>();
		cards.forEach(card -> quoted.merge(card.claimant(), 1L, Long::sum));
		List<ArticlePage.QuotedActor> byCount = new ArrayList<>();
		quoted.forEach((actor, count) -> byCount.add(new ArticlePage.QuotedActor(actor, count)));
		byCount.sort((a, b) -> Long.compare(b.claims(), a.claims()));
		return new ArticlePage(ArticleListing.of(article, cards.size()), article.getUrl(), article.getLanguage(),
				cards, byCount);
	}

	@Transactional(readOnly = true)
	List<OutletListing> outlets() {
		Map<Long, Long> articleCounts = articles.countPerOutlet().stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
		Map<String, Long> claimCounts = search.matching(ClaimFilter.none()).outletCounts().stream()
			.collect(Collectors.toMap(FacetValue::value, FacetValue::count));
		return outlets.findAllByOrderByNameAsc().stream()
			.map(outlet -> listing(outlet, articleCounts.getOrDefault(outlet.getId(), 0L),
					claimCounts.getOrDefault(outlet.getSlug(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	OutletPage outlet(String slug) {
		Outlet outlet = outlets.findBySlug(slug).orElseThrow(() -> NotFoundException.of("outlet", slug));
		Map<Long, Long> counts = ClaimCount.asMap(claims.countPerArticle());
		List<ArticleListing> published = articles.findPublishedOrReportedBy(outlet).stream()
			.map(article -> ArticleListing.of(article, counts.getOrDefault(article.getId(), 0L)))
			.toList();
		MatchingClaims matching = search.matching(ClaimFilter.byOutlet(slug));
		long claimCount = published.stream().mapToLong(ArticleListing::claims).sum();
		return new OutletPage(listing(outlet, published.size(), claimCount), outlet.getHomepage(), published,
				matching.claimantCounts(), matching.propositionTallies());
	}

	private static OutletListing listing(Outlet outlet, long articleCount, long claimCount) {
		return new OutletListing(ArticleListing.ref(outlet), outlet.getKind(), outlet.getCountry(),
				outlet.getDescription(), articleCount, claimCount);
	}

}
