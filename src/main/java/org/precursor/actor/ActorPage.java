package org.precursor.actor;

import java.util.List;

import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimGroup;
import org.precursor.claim.FacetValue;

/**
 * Everything an actor's page shows. Claims by its affiliates (a country's ministries and officials) are kept
 * apart from its own, so the page can mark them as rolled up.
 */
public record ActorPage(ActorProfile actor, List<Affiliation> chain, List<Affiliation> members,
		List<ClaimGroup> claimsMade, int claimsMadeCount, List<ClaimGroup> claimsRolledUp, int claimsRolledUpCount,
		int affiliatesWithClaims, List<ClaimGroup> claimsAbout, int claimsAboutCount, List<Alignment> agreeing,
		List<Alignment> disputing, List<FacetValue> outlets, ClaimFilter claimsFilter) {

	public boolean hasMembers() {
		return !members.isEmpty();
	}

	/** The claims list filtered to this actor's claims (rolled up when it has affiliates) from one outlet. */
	public String claimsFromOutlet(String outletSlug) {
		return claimsFilter.withOutlet(outletSlug).url();
	}

	public String claimsAboutUrl() {
		return ClaimFilter.none().withAbout(actor.slug()).url();
	}

}
