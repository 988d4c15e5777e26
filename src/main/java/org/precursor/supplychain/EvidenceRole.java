package org.precursor.supplychain;

/** What a claim does for a supply-chain link: asserts that the flow exists, or disputes it. */
public enum EvidenceRole {

	ASSERTS("Asserts"), DISPUTES("Disputes");

	private final String label;

	EvidenceRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
