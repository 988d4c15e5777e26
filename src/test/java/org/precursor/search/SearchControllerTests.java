package org.precursor.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.precursor.web.Highlighting;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorType;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.precursor.support.TestData.aCard;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchController.class)
@Import(Highlighting.class)
@AutoConfigureMockMvc(addFilters = false)
class SearchControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SiteSearch search;

	@Test
	void findsChinaByItsAliasAndShowsMatchingClaims() throws Exception {
		given(search.search("PRC")).willReturn(new SearchResults("PRC",
				List.of(new ActorHit(new ActorRef("china", "China"), ActorType.COUNTRY, "China", "PRC", 0)), 151,
				List.of(aCard(1, "china", "Beijing rejects the claim")), "/claims?q=PRC", List.of()));

		mvc.perform(get("/search?q=PRC"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("searchQuery", "PRC"))
			.andExpect(content().string(containsString("<title>Search: PRC — Precursor</title>")))
			.andExpect(content().string(containsString("href=\"/actors/china\"")))
			.andExpect(content().string(containsString("Also called “<span><mark>PRC</mark></span>”")))
			.andExpect(content().string(containsString("Beijing rejects the claim")))
			.andExpect(content().string(containsString("href=\"/claims?q=PRC\"")))
			.andExpect(content().string(containsString("placeholder=\"Search: PRC, Sinaloa, tariffs…\" value=\"PRC\"")));
	}

	@Test
	void marksTheSearchedWordsInNamesAliasesAndClaimsEscapingEverythingElse() throws Exception {
		given(search.search("prc")).willReturn(new SearchResults("prc",
				List.of(new ActorHit(new ActorRef("china", "China"), ActorType.COUNTRY, "China", "PRC", 0)), 1,
				List.of(aCard(1, "china", "The <b>PRC</b> denies it; prc officials agree")), "/claims?q=prc",
				List.of()));

		mvc.perform(get("/search?q=prc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Also called “<span><mark>PRC</mark></span>”")))
			.andExpect(content().string(containsString("The &lt;b&gt;<mark>PRC</mark>&lt;/b&gt; denies it; <mark>prc</mark> officials agree")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<b>PRC"))));
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		given(search.search("zzz")).willReturn(new SearchResults("zzz", List.of(), 0, List.of(), "/claims?q=zzz", List.of()));

		mvc.perform(get("/search?q=zzz")).andExpect(content().string(containsString("Nothing matches")));
	}

	@Test
	void offersTheSearchBoxWhenAskedNothing() throws Exception {
		given(search.search(null)).willReturn(SearchResults.empty());

		mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Search actors, claims and articles")));
	}

}
