package org.precursor.supplychain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.precursor.actor.ActorType;
import org.precursor.article.DatePrecision;
import org.precursor.claim.ClaimKind;

import static org.assertj.core.api.Assertions.assertThat;

class LinkViewTests {

	private static final long DEA = 1;

	private static final long CHINA = 2;

	private final LinkView link = new LinkView(7, new ActorRef("china", "China", ActorType.COUNTRY),
			new ActorRef("mexican-cartels", "Mexican cartels", ActorType.CRIMINAL_ORGANIZATION),
			Commodity.PRECURSOR_CHEMICALS, Stage.SOURCING, List.of(), null, null,
			List.of(evidence(EvidenceRole.ASSERTS, DEA, "DEA"), evidence(EvidenceRole.ASSERTS, DEA, "DEA")),
			List.of(evidence(EvidenceRole.DISPUTES, CHINA, "China")));

	@Test
	void saysWhereEachPerspectiveStands() {
		assertThat(link.positionOf(new EvidenceScope(Set.of(DEA), null))).isEqualTo(Position.ASSERTS);
		assertThat(link.positionOf(new EvidenceScope(Set.of(CHINA), null))).isEqualTo(Position.DISPUTES);
		assertThat(link.positionOf(new EvidenceScope(Set.of(DEA, CHINA), null))).isEqualTo(Position.BOTH);
		assertThat(link.positionOf(new EvidenceScope(Set.of(99L), null))).isNull();
		assertThat(link.positionOf(EvidenceScope.ALL)).as("no perspective chosen").isNull();
	}

	@Test
	void namesEachClaimantOnce() {
		assertThat(link.assertedBy()).containsExactly("DEA");
		assertThat(link.disputedBy()).containsExactly("China");
		assertThat(link.contested()).isTrue();
	}

	private static EvidenceClaim evidence(EvidenceRole role, long claimantId, String claimant) {
		return new EvidenceClaim(7, role, claimantId * 10, null, ClaimKind.REPORTED_SPEECH, "Words", claimantId,
				claimant.toLowerCase(), claimant, 3, "A story", null, 20, "reuters", "Reuters", null, null, null, null,
				null, DatePrecision.UNKNOWN);
	}

}
