package org.precursor.claim;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.PropositionRef;

import static org.assertj.core.api.Assertions.assertThat;

class StanceMatrixTests {

	private static final PropositionRef MAIN_SOURCE = new PropositionRef("main-source", "China is the main source.");

	@Test
	void callsACellMixedWhenClaimsGoBothWays() {
		assertThat(cell(3, 0).verdict()).isEqualTo(StanceMatrix.Verdict.SUPPORTS);
		assertThat(cell(0, 2).verdict()).isEqualTo(StanceMatrix.Verdict.DISPUTES);
		assertThat(cell(2, 1).verdict()).isEqualTo(StanceMatrix.Verdict.MIXED);
		assertThat(cell(0, 0).verdict()).isEqualTo(StanceMatrix.Verdict.NONE);
		assertThat(cell(2, 1).claims()).isEqualTo(3);
	}

	@Test
	void togglesBetweenOwnAndRolledUpClaimsForTheSameActors() {
		StanceMatrix matrix = new StanceMatrix(List.of(MAIN_SOURCE),
				List.of(new StanceMatrix.Row(new ActorRef("china", "China"), List.of(cell(1, 0)), "")),
				true, List.of(), List.of());

		assertThat(matrix.toggleUrl()).isEqualTo("/compare?actors=china&rollup=false");
		assertThat(StanceMatrix.url(List.of("china", "mexico"), true)).isEqualTo("/compare?actors=china,mexico");
	}

	private static StanceMatrix.Cell cell(long supports, long disputes) {
		return new StanceMatrix.Cell(MAIN_SOURCE, supports, disputes, "/claims");
	}

}
