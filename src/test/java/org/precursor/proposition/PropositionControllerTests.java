package org.precursor.proposition;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.actor.ActorRef;
import org.precursor.claim.PropositionSides;
import org.precursor.web.NotFoundException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.BDDMockito.given;
import static org.precursor.support.TestData.aCard;
import static org.precursor.support.TestData.disputes;
import static org.precursor.support.TestData.supports;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PropositionController.class)
@AutoConfigureMockMvc(addFilters = false)
class PropositionControllerTests {

	private static final PropositionRef MAIN_SOURCE = new PropositionRef("main-source",
			"China is the main source of fentanyl precursors.");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PropositionPages pages;

	@Test
	void listsPropositionsWithBothSidesCounted() throws Exception {
		given(pages.list()).willReturn(List.of(new PropositionListing(MAIN_SOURCE, "Whether it is.", 9, 1)));

		mvc.perform(get("/propositions"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("propositions"))
			.andExpect(content().string(containsString("href=\"/propositions/main-source\"")))
			.andExpect(content().string(containsString("9 supporting")))
			.andExpect(content().string(containsString("href=\"/claims?proposition=main-source&amp;stance=disputes\"")));
	}

	@Test
	void showsSupportersAndDisputersSideBySideAndWhoTookWhichSideWhen() throws Exception {
		var supporting = aCard(1, "dea", "China remains the primary origin", supports("main-source"));
		var disputing = aCard(2, "china", "China rejects the assertion", disputes("main-source"));
		given(pages.page("main-source")).willReturn(Map.of("page",
				new PropositionPage(new PropositionListing(MAIN_SOURCE, null, 1, 1)), "sides",
				new PropositionSides(List.of(supporting), 1, List.of(disputing), 1,
						List.of(new PropositionSides.TimelineEntry(supporting.date(),
								List.of(new PropositionSides.Voice(new ActorRef("dea", "DEA"), 2)),
								List.of(new PropositionSides.Voice(new ActorRef("china", "China"), 1)))),
						true, 200)));

		mvc.perform(get("/propositions/main-source"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("China is the main source of fentanyl precursors.")))
			.andExpect(content().string(stringContainsInOrder("Supports", "China remains the primary origin", "Disputes",
					"China rejects the assertion", "Who took which side when", "20 Jun 2024", "DEA", "(2 claims)", "China")));
	}

	@Test
	void answersAnUnknownPropositionWithTheFriendlyNotFoundPage() throws Exception {
		given(pages.page("nope")).willThrow(NotFoundException.of("proposition", "nope"));

		mvc.perform(get("/propositions/nope")).andExpect(status().isNotFound());
	}

}
