package org.precursor.generate;

import java.util.Locale;

/** What one run wrote and how fast: the counts, the seconds it took, and claims per second. */
record GenerationSummary(GenerationScale scale, double seconds, double claimSeconds) {

	/** Claims per second over the whole run, every phase included. */
	double claimsPerSecond() {
		return scale.claims() / Math.max(seconds, 1e-9);
	}

	/** Claims per second while the claims themselves were written (the claims phase alone). */
	double claimsPhasePerSecond() {
		return scale.claims() / Math.max(claimSeconds, 1e-9);
	}

	String line() {
		return String.format(Locale.ROOT,
				"Generated %,d claims, %,d actors, %,d articles, %,d outlets, %,d propositions and %,d supply-chain links"
						+ " in %.1f s: %,.0f claims/s overall, %,.0f claims/s in the claims phase",
				scale.claims(), scale.actors(), scale.articles(), scale.outlets(), scale.propositions(), scale.links(),
				seconds, claimsPerSecond(), claimsPhasePerSecond());
	}

}
