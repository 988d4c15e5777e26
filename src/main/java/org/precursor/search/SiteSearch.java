package org.precursor.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.NameMatch;
import org.precursor.article.Article;
import org.precursor.article.ArticleListing;
import org.precursor.article.ArticleRepository;
import org.precursor.claim.ClaimCount;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimRepository;
import org.precursor.claim.ClaimSearch;
import org.precursor.claim.MatchingClaims;
import org.precursor.web.LikePattern;

/**
 * Searches actors by name and alias, claims as the claims list's text filter does, and articles by title,
 * summary and outlet. Actors named exactly as asked come first, so "PRC" puts China at the top.
 */
@Component
class SiteSearch {

	static final int CLAIMS_SHOWN = 10;

	/** Articles listed at most, newest first. */
	static final int ARTICLES_SHOWN = 50;

	/** Name and alias matches read at most; an actor matching by several aliases counts once for each. */
	static final int ACTOR_MATCHES_READ = 100;

	private final ActorRepository actors;

	private final ArticleRepository articles;

	private final ClaimRepository claims;

	private final ClaimSearch claimSearch;

	SiteSearch(ActorRepository actors, ArticleRepository articles, ClaimRepository claims, ClaimSearch claimSearch) {
		this.actors = actors;
		this.articles = articles;
		this.claims = claims;
		this.claimSearch = claimSearch;
	}

	@Transactional(readOnly = true)
	SearchResults search(String query) {
		if (query == null || query.isBlank()) {
			return SearchResults.empty();
		}
		String text = query.strip();
		String pattern = LikePattern.containing(text);
		ClaimFilter filter = ClaimFilter.none().withQuery(text);
		MatchingClaims matching = claimSearch.matching(filter);
		List<Article> articlesFound = articles.findMatching(pattern, PageRequest.of(0, ARTICLES_SHOWN));
		Map<Long, Long> claimCounts = articlesFound.isEmpty() ? Map.of()
				: ClaimCount.asMap(claims.countPerArticle(articlesFound.stream().map(Article::getId).toList()));
		List<ArticleListing> found = articlesFound.stream()
			.map(article -> ArticleListing.of(article, claimCounts.getOrDefault(article.getId(), 0L)))
			.toList();
		return new SearchResults(text, actorHits(text, actors.findNamesAndAliasesLike(pattern,
				PageRequest.of(0, ACTOR_MATCHES_READ))), matching.count(),
				matching.page(1, CLAIMS_SHOWN), filter.url(), found);
	}

	/** One hit per actor from its name and alias matches; best matches first. */
	static List<ActorHit> actorHits(String text, List<NameMatch> rows) {
		String wanted = text.toLowerCase(Locale.ROOT);
		Map<String, ActorHit> bySlug = new LinkedHashMap<>();
		for (NameMatch row : rows) {
			String name = row.name();
			String alias = row.alias();
			boolean nameMatches = name.toLowerCase(Locale.ROOT).contains(wanted);
			String matched = nameMatches || alias == null || !alias.toLowerCase(Locale.ROOT).contains(wanted) ? null
					: alias;
			ActorHit hit = new ActorHit(new ActorRef(row.slug(), name), row.type(), row.country(),
					matched, rank(wanted, nameMatches ? name : matched));
			bySlug.merge(hit.actor().slug(), hit, (a, b) -> a.rank() <= b.rank() ? a : b);
		}
		return bySlug.values().stream()
			.sorted(Comparator.comparingInt(ActorHit::rank).thenComparing(hit -> hit.actor().name()))
			.toList();
	}

	/** 0 for an exact match, 1 when the match starts the name or alias, 2 when it is inside it. */
	private static int rank(String wanted, String matched) {
		if (matched == null) {
			return 3;
		}
		String lower = matched.toLowerCase(Locale.ROOT);
		return lower.equals(wanted) ? 0 : lower.startsWith(wanted) ? 1 : 2;
	}

}
