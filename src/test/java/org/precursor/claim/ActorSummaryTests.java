package org.precursor.claim;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.precursor.proposition.Stance;

import static org.assertj.core.api.Assertions.assertThat;

/** The picture at the top of an actor page, from counts alone. */
class ActorSummaryTests {

	private static final ClaimFilter CHINA = ClaimFilter.byClaimant("china", true);

	@Test
	void putsEachPropositionsSidesMadeAndAboutInOneRowThoseWithMostClaimsFirst() {
		ActorSummary summary = ActorSummary.of(
				List.of(side("main-source", Stance.DISPUTES, 3), side("cooperates", Stance.SUPPORTS, 1)),
				List.of(side("main-source", Stance.SUPPORTS, 5), side("cooperates", Stance.DISPUTES, 1),
						side("cooperates", Stance.SUPPORTS, 1)),
				List.of(), 0, CHINA);

		assertThat(summary.propositions()).extracting(row -> row.proposition().slug(), ActorSummary.Row::madeSupports,
				ActorSummary.Row::madeDisputes, ActorSummary.Row::aboutSupports, ActorSummary.Row::aboutDisputes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("main-source", 0L, 3L, 5L, 0L),
					org.assertj.core.groups.Tuple.tuple("cooperates", 1L, 0L, 1L, 1L));
		assertThat(summary.widest()).isEqualTo(5);
		assertThat(summary.percent(3)).isEqualTo(60.0);
	}

	@Test
	void drawsAtMostEightPropositions() {
		List<StanceCount> many = java.util.stream.IntStream.rangeClosed(1, 12)
			.mapToObj(n -> side("proposition-" + n, Stance.SUPPORTS, n))
			.toList();

		ActorSummary summary = ActorSummary.of(many, List.of(), List.of(), 0, CHINA);

		assertThat(summary.propositions()).hasSize(ActorSummary.PROPOSITIONS)
			.first().satisfies(row -> assertThat(row.proposition().slug()).isEqualTo("proposition-12"));
	}

	@Test
	void countsMonthsFromTheFirstToTheLastWithTheEmptyOnesBetweenEachLinkedToItsClaims() {
		ActorSummary summary = ActorSummary.of(List.of(), List.of(),
				List.of(new ActorSummary.MonthCount(2024, 11, 3), new ActorSummary.MonthCount(2025, 2, 1)), 2, CHINA);

		assertThat(summary.byYear()).isFalse();
		assertThat(summary.timeline()).extracting(ActorSummary.Period::label, ActorSummary.Period::claims)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Nov 2024", 3L),
					org.assertj.core.groups.Tuple.tuple("Dec 2024", 0L),
					org.assertj.core.groups.Tuple.tuple("Jan 2025", 0L),
					org.assertj.core.groups.Tuple.tuple("Feb 2025", 1L));
		assertThat(summary.timeline().get(0).url()).contains("from=2024-11-01").contains("to=2024-11-30")
			.contains("claimant=china");
		assertThat(summary.undated()).isEqualTo(2);
		assertThat(summary.height(0)).isZero();
		assertThat(summary.height(3)).isEqualTo(100.0);
	}

	@Test
	void countsYearsOverALongSpan() {
		ActorSummary summary = ActorSummary.of(List.of(), List.of(),
				List.of(new ActorSummary.MonthCount(2018, 3, 1), new ActorSummary.MonthCount(2018, 9, 2),
						new ActorSummary.MonthCount(2024, 11, 4)), 0, CHINA);

		assertThat(summary.byYear()).isTrue();
		assertThat(summary.timeline()).extracting(ActorSummary.Period::label).containsExactly("2018", "2019", "2020",
				"2021", "2022", "2023", "2024");
		assertThat(summary.timeline().get(0).claims()).isEqualTo(3);
	}

	private static StanceCount side(String slug, Stance stance, long claims) {
		return new StanceCount(slug, "Text of " + slug, stance, claims);
	}

}
