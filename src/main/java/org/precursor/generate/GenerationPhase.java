package org.precursor.generate;

/**
 * The steps of a run, in order, with how many rows each writes and roughly what a row costs, for the ETA. The last
 * builds the indexes left out during the load and checks the foreign keys (on H2), counted in claims.
 */
enum GenerationPhase {

	OUTLETS("outlets", "outlets", 40), ACTORS("actors", "actors", 40), PROPOSITIONS("propositions", "propositions", 40),
	ARTICLES("articles", "articles", 40), CLAIMS("claims", "claims", 15), SIDES("stances/about", "claims", 10),
	LINKS("links", "links", 40), FINISHING("indexes/keys", "claims", 35);

	private final String label;

	private final String unit;

	private final int weight;

	GenerationPhase(String label, String unit, int weight) {
		this.label = label;
		this.unit = unit;
		this.weight = weight;
	}

	String label() {
		return label;
	}

	/** What the rate counts: claims/s for both claim phases, so the two can be compared. */
	String unit() {
		return unit;
	}

	long rows(GenerationScale scale) {
		return switch (this) {
			case OUTLETS -> scale.outlets();
			case ACTORS -> scale.actors();
			case PROPOSITIONS -> scale.propositions();
			case ARTICLES -> scale.articles();
			case CLAIMS, SIDES, FINISHING -> scale.claims();
			case LINKS -> scale.links();
		};
	}

	/** The phase's expected share of the work, in microseconds a row took on H2 (roughly, to weigh the phases). */
	long work(GenerationScale scale) {
		return rows(scale) * weight;
	}

	long work(long rows) {
		return rows * weight;
	}

}
