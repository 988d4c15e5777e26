package org.precursor.claim;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.TestData.aCard;
import static org.precursor.support.TestData.disputes;
import static org.precursor.support.TestData.supports;

class ClaimGroupTests {

	@Test
	void gathersClaimsUnderEachPropositionTheyTakeASideOnLargestGroupFirst() {
		ClaimCard both = aCard(1, "china", "a", disputes("main-source"), supports("root-cause"));
		ClaimCard one = aCard(2, "china", "b", supports("root-cause"));
		ClaimCard none = aCard(3, "china", "c");

		List<ClaimGroup> groups = ClaimGroup.byProposition(List.of(both, one, none));

		assertThat(groups).extracting(group -> group.proposition() == null ? null : group.proposition().slug())
			.containsExactly("root-cause", "main-source", null);
		assertThat(groups.get(0).claims()).containsExactly(both, one);
		assertThat(groups.get(2).claims()).containsExactly(none);
	}

	@Test
	void showsTheFirstClaimsOfALongGroupAndLinksToAllOfThem() {
		List<ClaimGroup> groups = ClaimGroup.byProposition(List.of(aCard(1, "china", "a", supports("root-cause")),
				aCard(2, "china", "b", supports("root-cause")), aCard(3, "china", "c")), 1,
				ClaimFilter.byClaimant("china", false));

		assertThat(groups.get(0).isShortened()).isTrue();
		assertThat(groups.get(0).claims()).hasSize(1);
		assertThat(groups.get(0).total()).isEqualTo(2);
		assertThat(groups.get(0).allUrl()).isEqualTo("/claims?claimant=china&proposition=root-cause");
		assertThat(groups.get(1).isShortened()).isFalse();
		assertThat(groups.get(1).allUrl()).isNull();
	}

}
