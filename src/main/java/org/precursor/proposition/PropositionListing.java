package org.precursor.proposition;

/** A proposition in the list of propositions, with how many claims support and dispute it. */
public record PropositionListing(PropositionRef proposition, String description, long supports, long disputes) {

	public long total() {
		return supports + disputes;
	}

	public int supportsPercent() {
		return total() == 0 ? 0 : (int) Math.round(100.0 * supports / total());
	}

	public int disputesPercent() {
		return total() == 0 ? 0 : 100 - supportsPercent();
	}

}
