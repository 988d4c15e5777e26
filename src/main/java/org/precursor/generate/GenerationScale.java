package org.precursor.generate;

/**
 * How many synthetic records of each kind one run adds beside the seed dataset, all derived from the number of
 * claims: actors N/5, articles 0.15N, outlets N/1000 (10 to 2,000), propositions N/4000 (5 to 500), supply-chain
 * links N/100.
 */
public record GenerationScale(int claims, int actors, int articles, int outlets, int propositions, int links) {

	public static final int DEFAULT_CLAIMS = 2_000_000;

	static final int FEWEST_CLAIMS = 100;

	public GenerationScale {
		if (claims < FEWEST_CLAIMS) {
			throw new IllegalArgumentException("Generate at least " + FEWEST_CLAIMS + " claims, not " + claims + ".");
		}
	}

	public static GenerationScale of(int claims) {
		return new GenerationScale(claims, claims / 5, (int) (claims * 15L / 100), clamp(claims / 1000, 10, 2000),
				clamp(claims / 4000, 5, 500), claims / 100);
	}

	private static int clamp(int value, int least, int most) {
		return Math.max(least, Math.min(most, value));
	}

}
