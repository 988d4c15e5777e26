package org.precursor.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How many claims each article and outlet reports, and what they are, supplied by the feature that records claims,
 * so that the article and outlet pages and the delete confirmation can show them without depending on it.
 */
public interface ArticleClaims {

	long countIn(Article article);

	/** Claims in each of these articles, by article id; articles with none are left out. */
	Map<Long, Long> countPerArticle(Collection<Long> articleIds);

	/** Claims in the articles an outlet published or originally reported. */
	long countFrom(Outlet outlet);

	/** Claims by outlet slug, counting for both the outlet that published and the one that originally reported. */
	Map<String, Long> countPerOutlet();

	/** The article's claims in reading order, each as "claimant: text", for a confirmation page. */
	List<String> describeClaimsIn(Article article);

}
