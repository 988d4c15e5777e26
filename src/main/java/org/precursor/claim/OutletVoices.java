package org.precursor.claim;

import java.util.List;

import org.precursor.proposition.PropositionTally;
import org.precursor.proposition.Stance;

/**
 * Whom one outlet quotes and how often, and the sides of each proposition its claims take, so readers can see
 * whom the outlet gives voice to.
 */
public record OutletVoices(String outletSlug, List<FacetValue> quoted, List<PropositionTally> stances) {

	public String claimsUrl() {
		return ClaimFilter.byOutlet(outletSlug).url();
	}

	public String claimsBy(String claimantSlug) {
		return ClaimFilter.byOutlet(outletSlug).withClaimant(claimantSlug, false).url();
	}

	public String claimsOn(String propositionSlug, String stance) {
		return ClaimFilter.byOutlet(outletSlug).withProposition(propositionSlug).withStance(Stance.parse(stance)).url();
	}

}
