package org.precursor.supplychain;

/**
 * The chain as one source describes it: a claimant (with everyone affiliated to it) or an outlet. Written in
 * addresses as a token such as {@code actor:dea} or {@code outlet:reuters}.
 */
public record Perspective(String token, String name, EvidenceScope scope) {

	public static final String ACTOR = "actor:";

	public static final String OUTLET = "outlet:";

	public boolean isOutlet() {
		return token.startsWith(OUTLET);
	}

	/** The filter parameters that show this perspective on the map. */
	public ChainFilter asFilter() {
		String slug = token.substring(token.indexOf(':') + 1);
		return isOutlet() ? new ChainFilter(null, null, null, slug) : new ChainFilter(null, null, slug, null);
	}

}
