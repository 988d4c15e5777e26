package org.precursor.supplychain;

/** What moves along a supply-chain link. */
public enum Commodity {

	PRECURSOR_CHEMICALS("Precursor chemicals"),
	FENTANYL("Fentanyl"),
	COUNTERFEIT_PILLS("Counterfeit pills"),
	PILL_PRESSES("Pill presses"),
	MONEY("Money");

	private final String label;

	Commodity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
