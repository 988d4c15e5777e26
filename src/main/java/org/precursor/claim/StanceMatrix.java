package org.precursor.claim;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.PropositionRef;

/**
 * The compare matrix: chosen actors down the side, propositions across the top, and in each cell the side the
 * actor takes with the number of claims, linking to those claims. With {@code rollup} each actor speaks with its
 * affiliates' claims too (a country with its ministries and officials).
 */
public record StanceMatrix(List<PropositionRef> propositions, List<Row> rows, boolean rollup,
		List<ActorRef> addable, List<String> notes) {

	public static final List<String> DEFAULT_ACTORS = List.of("china", "united-states", "canada", "mexico",
			"mexican-cartels");

	/** What the claims in a cell say, taken together. */
	public enum Verdict {

		SUPPORTS("Supports"), DISPUTES("Disputes"), MIXED("Mixed"), NONE("No claims");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public String cssClass() {
			return "cell-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** One actor's stances on every proposition. */
	public record Row(ActorRef actor, List<Cell> cells, String removeUrl) {
	}

	/** One actor's claims on one proposition, and the address of the claims list showing exactly them. */
	public record Cell(PropositionRef proposition, long supports, long disputes, String evidenceUrl) {

		public long claims() {
			return supports + disputes;
		}

		public Verdict verdict() {
			if (supports > 0 && disputes > 0) {
				return Verdict.MIXED;
			}
			return supports > 0 ? Verdict.SUPPORTS : disputes > 0 ? Verdict.DISPUTES : Verdict.NONE;
		}

	}

	public List<String> actorSlugs() {
		return rows.stream().map(row -> row.actor().slug()).toList();
	}

	public String toggleUrl() {
		return url(actorSlugs(), !rollup);
	}

	static String url(List<String> actorSlugs, boolean rollup) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/compare")
			.queryParam("actors", String.join(",", actorSlugs));
		if (!rollup) {
			url.queryParam("rollup", "false");
		}
		return url.encode().build().toUriString();
	}

}
