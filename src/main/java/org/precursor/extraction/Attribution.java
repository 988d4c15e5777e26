package org.precursor.extraction;

/**
 * A statement found by the rules, before its speaker is resolved. Offsets count characters of the whole text.
 * {@code mention} is null when the statement takes its speaker from a neighbouring one ({@link Link}).
 */
record Attribution(int contentStart, int contentEnd, boolean direct, String cue, String mention, Link link,
		int unit) {

	/** Where an unattributed quotation finds its speaker. */
	enum Link {
		OWN, PREVIOUS, NEXT
	}

	Attribution withLink(Link other) {
		return new Attribution(contentStart, contentEnd, direct, cue, mention, other, unit);
	}

}
