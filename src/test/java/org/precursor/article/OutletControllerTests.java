package org.precursor.article;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.claim.FacetValue;
import org.precursor.claim.OutletVoices;
import org.precursor.proposition.PropositionTally;
import org.precursor.proposition.PropositionRef;
import org.precursor.web.NotFoundException;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(OutletController.class)
@AutoConfigureMockMvc(addFilters = false)
class OutletControllerTests {

	private static final OutletListing AP = new OutletListing(new OutletRef("ap", "Associated Press"),
			OutletKind.WIRE_SERVICE, "United States", "US news agency.", 1, 31);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticlePages pages;

	@Test
	void listsOutletsWithTheirArticlesAndClaims() throws Exception {
		given(pages.outlets()).willReturn(List.of(AP));

		mvc.perform(get("/outlets"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("outlets"))
			.andExpect(content().string(containsString("href=\"/outlets/ap\"")))
			.andExpect(content().string(containsString("Wire service")))
			.andExpect(content().string(containsString("href=\"/claims?outlet=ap\"")));
	}

	@Test
	void showsWhomAnOutletQuotesAndWhichSidesItsClaimsTake() throws Exception {
		given(pages.outlet("ap")).willReturn(Map.of("page", new OutletPage(AP, "https://apnews.com",
				List.of(ArticleControllerTests.REPUBLISHED)), "voices", new OutletVoices("ap",
						List.of(new FacetValue("house-select-committee-ccp", "House Select Committee on the CCP", 10, false)),
						List.of(new PropositionTally(new PropositionRef("main-source", "China is the main source."), 6, 2)))));

		mvc.perform(get("/outlets/ap"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Associated Press</h1>")))
			.andExpect(content().string(containsString("House Select Committee on the CCP")))
			.andExpect(content().string(containsString("href=\"/claims?outlet=ap&amp;claimant=house-select-committee-ccp\"")))
			.andExpect(content().string(containsString("href=\"/claims?outlet=ap&amp;proposition=main-source&amp;stance=supports\"")))
			.andExpect(content().string(containsString("href=\"/claims?outlet=ap&amp;proposition=main-source&amp;stance=disputes\"")))
			.andExpect(content().string(containsString("width=\"75\"")))
			.andExpect(content().string(containsString("href=\"/articles/2\"")));
	}

	@Test
	void answersAnUnknownOutletWithTheFriendlyNotFoundPage() throws Exception {
		given(pages.outlet("nope")).willThrow(NotFoundException.of("outlet", "nope"));

		mvc.perform(get("/outlets/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no outlet called “nope”.")));
	}

}
