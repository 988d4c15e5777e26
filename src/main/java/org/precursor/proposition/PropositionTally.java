package org.precursor.proposition;

/** Both sides of one proposition as counted over some set of claims. */
public record PropositionTally(PropositionRef proposition, long supports, long disputes) implements SplitBetweenSides {

	/** The claims taking one side of a proposition, as a tally. */
	public static PropositionTally of(PropositionRef proposition, Stance stance, long claims) {
		return new PropositionTally(proposition, stance == Stance.SUPPORTS ? claims : 0,
				stance == Stance.DISPUTES ? claims : 0);
	}

	public PropositionTally plus(PropositionTally other) {
		return new PropositionTally(proposition, supports + other.supports, disputes + other.disputes);
	}

	/** How contested the proposition is: the smaller side, since a contest needs voices on both. */
	public long contest() {
		return Math.min(supports, disputes);
	}

}
