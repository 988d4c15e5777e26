package org.precursor.generate;

import java.util.SplittableRandom;

/**
 * One independent random stream per record and purpose, derived from the run's seed. A record's values depend only
 * on the seed and its number, never on how many draws came before, so a phase can draw a claim's claimant again
 * without keeping it, and the same seed always gives the same dataset.
 */
final class RandomStreams {

	static final int OUTLET = 1;

	static final int ACTOR = 2;

	static final int PROPOSITION = 3;

	static final int ARTICLE = 4;

	static final int CLAIM = 5;

	static final int SIDES = 6;

	static final int LINK = 7;

	static final int LAYOUT = 8;

	private final long seed;

	RandomStreams(long seed) {
		this.seed = seed;
	}

	SplittableRandom of(int stream, long index) {
		return new SplittableRandom(mix(mix(seed ^ stream * 0x9E3779B97F4A7C15L) + index));
	}

	/** Stafford's mix13 (the finalizer SplittableRandom itself uses): neighbouring inputs give unrelated outputs. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
