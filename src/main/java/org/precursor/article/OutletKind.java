package org.precursor.article;

public enum OutletKind {

	WIRE_SERVICE("Wire service"), NEWSPAPER("Newspaper"), BROADCASTER("Broadcaster"), NEWSWIRE("Newswire"),
	MAGAZINE("Magazine"), BLOG("Blog"), AGGREGATOR("Aggregator"), GOVERNMENT("Government"), OTHER("Other");

	private final String label;

	OutletKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
