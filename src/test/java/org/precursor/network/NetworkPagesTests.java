package org.precursor.network;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The actor network page and {@code /network.json} on the seeded application. */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkPagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void drawsTheNetworkFromItsJsonAndListsTheSameActorsInATable() throws Exception {
		String page = mvc.perform(get("/network?actor=")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("data-src=\"/network.json\"").contains("<caption>Actors in the network")
			.contains("<a href=\"/actors/china\">China</a>").doesNotContain(" style=");
		mvc.perform(get("/network.json"))
			.andExpect(jsonPath("$.nodes.length()").value(ActorNetworks.NODE_LIMIT))
			.andExpect(jsonPath("$.limits.nodesTotal").value(org.hamcrest.Matchers.greaterThan(ActorNetworks.NODE_LIMIT)));
	}

	@Test
	void startsFromTheMostActiveActorAndSaysHowManyNeighboursItLeftOut() throws Exception {
		String page = mvc.perform(get("/network")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("data-src=\"/network.json?actor=china\"")
			.contains("<option value=\"china\" selected=\"selected\">China</option>")
			.containsPattern("China and the 12 actors it is most connected to, of \\d+");
		mvc.perform(get("/network.json?actor=china"))
			.andExpect(jsonPath("$.centre").value("china"))
			.andExpect(jsonPath("$.filter.actor").value("china"))
			.andExpect(jsonPath("$.filter.size").value(NetworkFilter.DEFAULT_SIZE))
			.andExpect(jsonPath("$.nodes.length()").value(NetworkFilter.DEFAULT_SIZE + 1));
		mvc.perform(get("/network.json?actor=nobody-at-all")).andExpect(status().isNotFound());
	}

	@Test
	void publishesNodesAndEdgesWithTheDocumentedFields() throws Exception {
		mvc.perform(get("/network.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.filter.edges").value("ALL"))
			.andExpect(jsonPath("$.nodes[0].id").value("china"))
			.andExpect(jsonPath("$.nodes[0].type.id").value("COUNTRY"))
			.andExpect(jsonPath("$.nodes[0].url").value("/actors/china"))
			.andExpect(jsonPath("$.nodes[0].claims").isNumber())
			.andExpect(jsonPath("$.nodes[0].mentions").isNumber())
			.andExpect(jsonPath("$.edges[0].source").isString())
			.andExpect(jsonPath("$.edges[0].weight").isNumber())
			.andExpect(jsonPath("$.edges[*].kind", everyItem(in(new String[] { "CLAIMS_ABOUT", "SAME_SIDE",
					"OPPOSITE_SIDE" }))));
	}

	@Test
	void tellsAccusationsFromDefencesInTheSeededClaims() throws Exception {
		mvc.perform(get("/network.json?edges=CLAIMS_ABOUT"))
			.andExpect(jsonPath("$.edges[?(@.source == 'house-select-committee-ccp' && @.target == 'china')].tone",
					hasItem("ACCUSES")))
			.andExpect(jsonPath("$.edges[?(@.source == 'liu-pengyu' && @.target == 'china')].tone",
					hasItem("DEFENDS")));
	}

	@Test
	void showsOnlyTheSidesTakenOnTheChosenProposition() throws Exception {
		mvc.perform(get("/network.json?proposition=china-main-source-of-precursors&edges=SIDES"))
			.andExpect(jsonPath("$.filter.proposition").value("china-main-source-of-precursors"))
			.andExpect(jsonPath("$.edges[*].kind", everyItem(in(new String[] { "SAME_SIDE", "OPPOSITE_SIDE" }))))
			.andExpect(jsonPath("$.edges[*].propositions[*].id", everyItem(org.hamcrest.Matchers.is(
					"china-main-source-of-precursors"))))
			.andExpect(jsonPath("$.edges[?(@.kind == 'OPPOSITE_SIDE')]").isNotEmpty());
	}

	@Test
	void answersAnUnknownPropositionWithNotFound() throws Exception {
		mvc.perform(get("/network?proposition=nothing-of-the-sort")).andExpect(status().isNotFound());
		mvc.perform(get("/network.json?proposition=nothing-of-the-sort")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

}
