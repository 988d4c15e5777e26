package org.precursor.actor;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

		assertThat(spokesperson.getParent()).isEqualTo(embassy);
		assertThat(spokesperson.getParent().getParent()).isEqualTo(china);
		assertThat(spokesperson.getRole()).isEqualTo("Spokesperson");
	}

	@Test
	void refusesAChainOfAffiliationsDeeperThanPagesWalk() {
		Actor top = aCountry("Top");
		Actor lowest = top;
		for (int depth = 1; depth < Affiliations.MAX_DEPTH; depth++) {
			Actor member = anActor("Member " + depth, ActorType.GOVERNMENT);
			member.affiliateTo(lowest, "Member");
			lowest = member;
		}
		Actor tooDeep = anActor("Too deep", ActorType.PERSON);
		Actor parent = lowest;

		assertThatThrownBy(() -> tooDeep.affiliateTo(parent, "Member")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("more than " + Affiliations.MAX_DEPTH + " deep");
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
