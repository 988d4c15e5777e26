package org.precursor.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternTests {

	@Test
	void matchesTheTextAnywhereIgnoringCase() {
		assertThat(LikePattern.containing("  PRC ")).isEqualTo("%prc%");
	}

	@Test
	void escapesWildcardsSoTheyMatchThemselves() {
		assertThat(LikePattern.containing("100%_sure!")).isEqualTo("%100!%!_sure!!%");
	}

}
