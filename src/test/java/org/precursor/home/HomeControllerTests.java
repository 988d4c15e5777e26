package org.precursor.home;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.PropositionTally;
import org.precursor.proposition.PropositionRef;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.precursor.support.TestData.aQuoteCard;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
@AutoConfigureMockMvc(addFilters = false)
class HomeControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private HomePages pages;

	@Test
	void introducesTheDatasetItsMostContestedPropositionsAndLatestClaims() throws Exception {
		given(pages.load()).willReturn(new HomePage(new DatasetCounts(7, 7, 101, 244, 15),
				List.of(new PropositionTally(new PropositionRef("good-faith", "China is cooperating in good faith."), 4, 14)),
				List.of(aQuoteCard(3, "liu-pengyu", "China has the strictest controls")),
				List.of(new ActorRef("china", "China"), new ActorRef("mexican-cartels", "Mexican cartels"))));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("page"))
			.andExpect(content().string(containsString(">244<")))
			.andExpect(content().string(containsString("href=\"/propositions/good-faith\"")))
			.andExpect(content().string(containsString("14 disputing")))
			.andExpect(content().string(containsString("“China has the strictest controls”")))
			.andExpect(content().string(containsString("href=\"/actors/mexican-cartels\"")))
			.andExpect(content().string(containsString("href=\"/supply-chain\"")))
			.andExpect(content().string(containsString("<link rel=\"canonical\" href=\"http://localhost/\">")));
	}

}
