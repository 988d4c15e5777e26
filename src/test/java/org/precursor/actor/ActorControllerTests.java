package org.precursor.actor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.claim.ActorClaims;
import org.precursor.claim.Alignment;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimGroup;
import org.precursor.claim.FacetValue;
import org.precursor.web.NotFoundException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.precursor.support.TestData.aCard;
import static org.precursor.support.TestData.aQuoteCard;
import static org.precursor.support.TestData.disputes;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ActorController.class)
@AutoConfigureMockMvc(addFilters = false)
class ActorControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ActorPages pages;

	@MockitoBean
	private ActorRedirectRepository redirects;

	@Test
	void listsActorsByTypeAndCountryWithTheirClaimCounts() throws Exception {
		given(pages.directory(null)).willReturn(ActorDirectory.of(List.of(
				new ActorListing(1L, "china", "China", ActorType.COUNTRY, "China", null, null, null, 12, 143),
				new ActorListing(2L, "liu-pengyu", "Liu Pengyu", ActorType.PERSON, "China", "Spokesperson",
						"chinese-embassy", "Chinese Embassy", 8, 0)), null, 2));

		mvc.perform(get("/actors"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("directory"))
			.andExpect(content().string(containsString("<h2 class=\"section-title\">Countries")))
			.andExpect(content().string(containsString("<th scope=\"rowgroup\" colspan=\"4\">China</th>")))
			.andExpect(content().string(containsString("href=\"/actors/liu-pengyu\"")))
			.andExpect(content().string(containsString("href=\"/claims?claimant=china\"")))
			.andExpect(content().string(containsString("href=\"/claims?about=china\"")))
			.andExpect(content().string(containsString(">143</a>")));
	}

	@Test
	void saysWhenALargeDirectoryListsOnlyTheActorsWithMostClaims() throws Exception {
		given(pages.directory(null)).willReturn(ActorDirectory.of(List.of(
				new ActorListing(1L, "china", "China", ActorType.COUNTRY, "China", null, null, null, 12, 143)), null,
				400_000));

		mvc.perform(get("/actors"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("actors that made most claims, of")))
			.andExpect(content().string(containsString("400,000")));
	}

	@Test
	void filtersTheDirectoryAndGivesHtmxJustTheList() throws Exception {
		given(pages.directory("prc")).willReturn(ActorDirectory.of(List.of(
				new ActorListing(1L, "china", "China", ActorType.COUNTRY, "China", null, null, null, 12, 143)), "prc", 2));

		mvc.perform(get("/actors?q=prc").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"actor-directory\"")))
			.andExpect(content().string(containsString("<title>Actors matching “prc” — Precursor</title>")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void showsAnActorsClaimsAffiliationsAlliesAndOutlets() throws Exception {
		ClaimCard own = aCard(1, "china", "Beijing rejects the claim", disputes("main-source"));
		ClaimCard rolledUp = aQuoteCard(2, "liu-pengyu", "China has the strictest controls");
		ClaimFilter made = ClaimFilter.byClaimant("china", true);
		given(pages.page("china")).willReturn(Map.of("page", new ActorPage(
				new ActorProfile("china", "China", ActorType.COUNTRY, "China", null, "The country.", List.of("PRC")),
				List.of(), List.of(new Affiliation(new ActorRef("chinese-embassy", "Chinese Embassy"),
						ActorType.GOVERNMENT, "Embassy"))),
				"claims", new ActorClaims("china", ClaimGroup.byProposition(List.of(own)), 1,
						ClaimGroup.byProposition(List.of(rolledUp)), 1, 1, List.of(), 0,
						List.of(new Alignment(new ActorRef("mao-ning", "Mao Ning"), 3, 2)),
						List.of(new Alignment(new ActorRef("dea", "DEA"), 4, 1)),
						List.of(new FacetValue("reuters", "Reuters", 34, false)), made,
						new ActorClaims.Sampled(false, false, false, false, 5000))));

		mvc.perform(get("/actors/china"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>China</h1>")))
			.andExpect(content().string(containsString("<a href=\"/actors#type-country\">Countries</a>")))
			.andExpect(content().string(containsString("PRC")))
			.andExpect(content().string(containsString("Beijing rejects the claim")))
			.andExpect(content().string(containsString("Rolled up from China’s affiliates")))
			.andExpect(content().string(containsString("“China has the strictest controls”")))
			.andExpect(content().string(containsString("href=\"/actors/chinese-embassy\"")))
			.andExpect(content().string(containsString("3 claims on 2 propositions")))
			.andExpect(content().string(containsString("4 claims on 1 proposition")))
			.andExpect(content().string(containsString("href=\"/claims?outlet=reuters&amp;claimant=china&amp;rollup=true\"")))
			.andExpect(content().string(containsString("No claims about China are recorded.")));
	}

	@Test
	void answersAnUnknownActorWithTheFriendlyNotFoundPage() throws Exception {
		given(pages.page("nobody")).willThrow(NotFoundException.of("actor", "nobody"));

		mvc.perform(get("/actors/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no actor called “nobody”.")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

}
