package org.precursor.claim;

import org.precursor.proposition.PropositionRef;
import org.precursor.proposition.Stance;

/** Both sides of one proposition as counted over some set of claims. */
public record PropositionTally(PropositionRef proposition, long supports, long disputes) {

	static PropositionTally of(StanceCount count) {
		return new PropositionTally(count.proposition(), count.stance() == Stance.SUPPORTS ? count.claims() : 0,
				count.stance() == Stance.DISPUTES ? count.claims() : 0);
	}

	PropositionTally plus(PropositionTally other) {
		return new PropositionTally(proposition, supports + other.supports, disputes + other.disputes);
	}

	public long total() {
		return supports + disputes;
	}

	/** How contested the proposition is: the smaller side, since a contest needs voices on both. */
	public long contest() {
		return Math.min(supports, disputes);
	}

	public int supportsPercent() {
		return total() == 0 ? 0 : (int) Math.round(100.0 * supports / total());
	}

	public int disputesPercent() {
		return total() == 0 ? 0 : 100 - supportsPercent();
	}

}
