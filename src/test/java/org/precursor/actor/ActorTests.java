package org.precursor.actor;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.anActor;

class ActorTests {

	@Test
	void listsTheAffiliationChainNearestFirst() {
		Actor china = aCountry("China");
		Actor embassy = anActor("Chinese Embassy in Washington", ActorType.GOVERNMENT);
		embassy.affiliateTo(china, "Embassy");
		Actor spokesperson = anActor("Liu Pengyu", ActorType.PERSON);
		spokesperson.affiliateTo(embassy, "Spokesperson");

		assertThat(spokesperson.ancestors()).containsExactly(embassy, china);
		assertThat(spokesperson.getRole()).isEqualTo("Spokesperson");
	}

	@Test
	void refusesACircularAffiliation() {
		Actor china = aCountry("China");
		Actor embassy = anActor("Chinese Embassy", ActorType.GOVERNMENT);
		embassy.affiliateTo(china, "Embassy");

		assertThatIllegalArgumentException().isThrownBy(() -> china.affiliateTo(embassy, "Member"))
			.withMessageContaining("circular");
		assertThatIllegalArgumentException().isThrownBy(() -> china.affiliateTo(china, null));
	}

	@Test
	void keepsAliasesTrimmedAndWithoutBlanks() {
		Actor china = aCountry("China");
		china.replaceAliases(List.of(" PRC ", "", "Beijing"));

		assertThat(china.getAliases()).containsExactlyInAnyOrder("PRC", "Beijing");
	}

}
