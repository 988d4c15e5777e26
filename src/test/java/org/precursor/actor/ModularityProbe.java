package org.precursor.actor;

import org.precursor.claim.ClaimFilter;

/**
 * A deliberate back-reference from {@code actor} up to {@code claim}, for {@code ModularityTests} to prove that its
 * rules fail on one. It lives in the test tree, so the application never contains it.
 */
public class ModularityProbe {

	public static ClaimFilter byActor(String slug) {
		return ClaimFilter.byClaimant(slug, false);
	}

}
