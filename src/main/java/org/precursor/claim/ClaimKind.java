package org.precursor.claim;

/** How an article reports a claim; decides whether the text is shown as a quotation. */
public enum ClaimKind {

	DIRECT_QUOTE("Direct quote"),
	REPORTED_SPEECH("Reported speech"),
	REPORT_FINDING("Report finding"),
	UNNAMED_SOURCE("Unnamed source");

	private final String label;

	ClaimKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
