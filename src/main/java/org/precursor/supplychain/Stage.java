package org.precursor.supplychain;

/** The step of the chain a link belongs to, in the order the chain runs; the diagram lays links out by it. */
public enum Stage {

	SOURCING("Sourcing"),
	PRODUCTION("Production"),
	TRAFFICKING("Trafficking"),
	DISTRIBUTION("Distribution"),
	LAUNDERING("Laundering");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
