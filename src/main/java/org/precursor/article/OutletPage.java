package org.precursor.article;

import java.util.List;

import org.precursor.claim.ClaimFilter;
import org.precursor.claim.FacetValue;
import org.precursor.claim.PropositionTally;
import org.precursor.proposition.Stance;

/**
 * One outlet: its articles, the actors it quotes and how often, and the sides of each proposition its claims
 * take, so readers can see whom the outlet gives voice to.
 */
public record OutletPage(OutletListing outlet, String homepage, List<ArticleListing> articles,
		List<FacetValue> quoted, List<PropositionTally> stances) {

	public String claimsUrl() {
		return ClaimFilter.byOutlet(outlet.outlet().slug()).url();
	}

	public String claimsBy(String claimantSlug) {
		return ClaimFilter.byOutlet(outlet.outlet().slug()).withClaimant(claimantSlug, false).url();
	}

	public String claimsOn(String propositionSlug, String stance) {
		return ClaimFilter.byOutlet(outlet.outlet().slug()).withProposition(propositionSlug)
			.withStance(Stance.parse(stance))
			.url();
	}

	/** Whether this outlet is the original reporter of an article that another outlet published. */
	public boolean reported(ArticleListing article) {
		return article.isRepublished() && article.originalOutlet().slug().equals(outlet.outlet().slug());
	}

}
