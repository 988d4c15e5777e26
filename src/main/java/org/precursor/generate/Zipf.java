package org.precursor.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks drawn with odds proportional to 1 / rank^exponent, so that, as in the news, a few actors, outlets and
 * propositions take most of the mentions and the long tail shares the rest.
 */
final class Zipf {

	private final double[] cumulative;

	Zipf(int ranks, double exponent) {
		if (ranks < 1) {
			throw new IllegalArgumentException("Zipf needs at least one rank");
		}
		cumulative = new double[ranks];
		double sum = 0;
		for (int rank = 0; rank < ranks; rank++) {
			sum += 1 / Math.pow(rank + 1, exponent);
			cumulative[rank] = sum;
		}
	}

	/**
	 * A rank from 0, the most frequent, to {@code limit - 1}: ranks are filled as records are created, so draws are
	 * among those that exist.
	 */
	int drawBelow(int limit, SplittableRandom random) {
		double target = random.nextDouble() * cumulative[limit - 1];
		int found = Arrays.binarySearch(cumulative, 0, limit, target);
		return Math.min(found >= 0 ? found : -found - 1, limit - 1);
	}


	/** A rank below the limit other than this one, or -1 when a few draws find none (a limit of one). */
	int drawBelowExcept(int limit, int except, SplittableRandom random) {
		for (int attempt = 0; attempt < 8; attempt++) {
			int other = drawBelow(limit, random);
			if (other != except) {
				return other;
			}
		}
		return -1;
	}

}
