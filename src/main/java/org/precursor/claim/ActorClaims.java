package org.precursor.claim;

import java.util.List;

/**
 * The claims on an actor's page: its own, those of its affiliates (a country's ministries and officials, kept apart
 * so the page can mark them as rolled up), those about it, who sides with it and who against, and the outlets that
 * reported it.
 */
public record ActorClaims(String actorSlug, List<ClaimGroup> made, int madeCount, List<ClaimGroup> rolledUp,
		int rolledUpCount, int affiliatesWithClaims, List<ClaimGroup> about, int aboutCount, List<Alignment> agreeing,
		List<Alignment> disputing, List<FacetValue> outlets, ClaimFilter filter, Sampled sampled) {

	/**
	 * Which parts were counted over the newest {@code size} claims only, because more claims than that match: the
	 * groups of each section, and the outlets, allies and opponents.
	 */
	public record Sampled(boolean made, boolean rolledUp, boolean about, boolean sides, int size) {
	}

	/** The claims list filtered to this actor's claims (rolled up when it has affiliates) from one outlet. */
	public String fromOutlet(String outletSlug) {
		return filter.withOutlet(outletSlug).url();
	}

	public String aboutUrl() {
		return ClaimFilter.none().withAbout(actorSlug).url();
	}

}
