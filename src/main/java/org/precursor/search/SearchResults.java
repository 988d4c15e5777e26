package org.precursor.search;

import java.util.List;

import org.precursor.article.ArticleListing;
import org.precursor.claim.ClaimCard;

/** What one search found: actors by name or alias, the first claims of all that match, and articles. */
public record SearchResults(String query, List<ActorHit> actors, long claimCount, List<ClaimCard> claims,
		String claimsUrl, List<ArticleListing> articles) {

	static SearchResults empty() {
		return new SearchResults(null, List.of(), 0, List.of(), "/claims", List.of());
	}

	public boolean isBlank() {
		return query == null;
	}

	public boolean isEmpty() {
		return actors.isEmpty() && claimCount == 0 && articles.isEmpty();
	}

}
