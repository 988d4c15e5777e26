package org.precursor.claim;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.PropositionRef;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CompareController.class)
@AutoConfigureMockMvc(addFilters = false)
class CompareControllerTests {

	private static final PropositionRef MAIN_SOURCE = new PropositionRef("main-source",
			"China is the main source of fentanyl precursors.");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ComparingStances pages;

	@Test
	void comparesTheDefaultActorsRolledUpUnlessAskedOtherwise() throws Exception {
		given(pages.compare(List.of(), true)).willReturn(matrix(true));

		mvc.perform(get("/compare"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"row\" class=\"matrix-actor\">")))
			.andExpect(content().string(containsString("Mixed")))
			.andExpect(content().string(containsString("2 for, 1 against")))
			.andExpect(content().string(containsString("href=\"/claims?claimant=china&amp;rollup=true&amp;proposition=main-source\"")))
			.andExpect(content().string(containsString("href=\"/compare?actors=china&amp;rollup=false\"")))
			.andExpect(content().string(containsString("<option value=\"xi-jinping\">Xi Jinping</option>")));
		verify(pages).compare(List.of(), true);
	}

	@Test
	void readsTheChosenActorsWhetherCommaSeparatedOrRepeated() throws Exception {
		given(pages.compare(List.of("china", "mexico"), false)).willReturn(matrix(false));

		mvc.perform(get("/compare?actors=china,mexico&rollup=false")).andExpect(status().isOk());
		mvc.perform(get("/compare?actors=china&actors=mexico&rollup=false")).andExpect(status().isOk());

		verify(pages, times(2)).compare(List.of("china", "mexico"), false);
	}

	private static StanceMatrix matrix(boolean rollup) {
		String evidence = ClaimFilter.byClaimant("china", rollup).withProposition("main-source").url();
		return new StanceMatrix(List.of(MAIN_SOURCE),
				List.of(new StanceMatrix.Row(new ActorRef("china", "China"),
						List.of(new StanceMatrix.Cell(MAIN_SOURCE, 2, 1, evidence)), "/compare?actors=")),
				rollup, List.of(new ActorRef("xi-jinping", "Xi Jinping")), List.of());
	}

}
