package org.precursor.supplychain;

import java.util.Collection;

/** Where a perspective stands on a link, judged by its claims among the link's evidence. */
public enum Position {

	ASSERTS("Asserts"), DISPUTES("Disputes"), BOTH("Asserts and disputes");

	private final String label;

	Position(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The position taken by a set of cited claims, or null when none of them is cited. */
	static Position of(Collection<EvidenceRole> roles) {
		boolean asserts = roles.contains(EvidenceRole.ASSERTS);
		boolean disputes = roles.contains(EvidenceRole.DISPUTES);
		if (asserts && disputes) {
			return BOTH;
		}
		return asserts ? ASSERTS : disputes ? DISPUTES : null;
	}

}
