package org.precursor.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightingTests {

	private final Highlighting highlighting = new Highlighting();

	@Test
	void marksEveryOccurrenceIgnoringCaseAndKeepsTheTextAsWritten() {
		assertThat(highlighting.in("PRC says the prc acts", "Prc")).containsExactly(
				new Highlighting.Part("PRC", true), new Highlighting.Part(" says the ", false),
				new Highlighting.Part("prc", true), new Highlighting.Part(" acts", false));
	}

	@Test
	void leavesTheTextWholeWhenNothingIsSearchedOrNothingMatches() {
		assertThat(highlighting.in("China", null)).containsExactly(new Highlighting.Part("China", false));
		assertThat(highlighting.in("China", "  ")).containsExactly(new Highlighting.Part("China", false));
		assertThat(highlighting.in("China", "DEA")).containsExactly(new Highlighting.Part("China", false));
		assertThat(highlighting.in(null, "DEA")).isEmpty();
	}

	@Test
	void marksWordsInChineseTextAndAtEitherEnd() {
		assertThat(highlighting.in("芬太尼前体", "芬太尼")).containsExactly(new Highlighting.Part("芬太尼", true),
				new Highlighting.Part("前体", false));
		assertThat(highlighting.in("fentanyl", "fentanyl")).containsExactly(new Highlighting.Part("fentanyl", true));
	}

}
