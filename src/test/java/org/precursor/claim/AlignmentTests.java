package org.precursor.claim;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.Stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.TestData.aCard;
import static org.precursor.support.TestData.disputes;
import static org.precursor.support.TestData.nameOf;
import static org.precursor.support.TestData.supports;

class AlignmentTests {

	@Test
	void takesTheSideMostOfAnActorsClaimsTake() {
		Map<String, Stance> positions = Alignment.positions(List.of(
				aCard(1, "china", "a", disputes("main-source"), supports("root-cause")),
				aCard(2, "china", "b", disputes("main-source")),
				aCard(3, "china", "c", supports("main-source"))));

		assertThat(positions).containsEntry("main-source", Stance.DISPUTES).containsEntry("root-cause", Stance.SUPPORTS);
	}

	@Test
	void takesNoPositionWhereTheClaimsAreEvenlySplit() {
		assertThat(Alignment.positions(List.of(aCard(1, "china", "a", supports("good-faith")),
				aCard(2, "china", "b", disputes("good-faith"))))).isEmpty();
	}

	@Test
	void ranksAlliesAndOpponentsByTheirClaimsOnThoseSides() {
		Map<String, Stance> positions = Map.of("main-source", Stance.DISPUTES, "root-cause", Stance.SUPPORTS);
		List<ClaimantStance> others = List.of(stance("mao-ning", "main-source", Stance.DISPUTES, 2),
				stance("mao-ning", "root-cause", Stance.SUPPORTS, 1), stance("dea", "main-source", Stance.SUPPORTS, 4),
				stance("dea", "root-cause", Stance.SUPPORTS, 1), stance("cdc", "other", Stance.SUPPORTS, 9));

		assertThat(Alignment.rank(positions, others, true)).containsExactly(
				new Alignment(new ActorRef("mao-ning", "Mao Ning"), 3, 2), new Alignment(new ActorRef("dea", "Dea"), 1, 1));
		assertThat(Alignment.rank(positions, others, false))
			.containsExactly(new Alignment(new ActorRef("dea", "Dea"), 4, 1));
	}

	private static ClaimantStance stance(String claimant, String proposition, Stance stance, long claims) {
		return new ClaimantStance(1L, claimant, nameOf(claimant), proposition, stance,
				claims);
	}

}
