package org.precursor.supplychain;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /supply-chain.json}: the documented field names, the same links as the map, the same filters. */
@SpringBootTest
@AutoConfigureMockMvc
class SupplyChainJsonTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void publishesEveryLinkWithTheDocumentedFields() throws Exception {
		long links = jdbc.queryForObject("select count(*) from supply_chain_link", Long.class);
		long id = jdbc.queryForObject("select id from supply_chain_link where seed_key = 'fentanyl-from-china-by-mail'",
				Long.class);

		JsonNode document = json("/supply-chain.json");

		assertThat(document.propertyNames()).containsExactly("filter", "page", "stages", "nodes", "links");
		assertThat(document.get("page").get("totalLinks").asLong()).isEqualTo(links);
		assertThat(document.get("links")).hasSize((int) links);
		assertThat(document.get("stages").get(0).get("id").asString()).isEqualTo("SOURCING");
		JsonNode link = linkWithId(document, id);
		assertThat(link.propertyNames()).containsExactly("id", "url", "from", "to", "moves", "how", "stage", "period",
				"description", "position", "asserting", "disputing");
		assertThat(link.get("url").asString()).isEqualTo("/supply-chain/links/" + id);
		assertThat(link.get("from").asString()).isEqualTo("china");
		assertThat(link.get("moves").get("label").asString()).isEqualTo("Fentanyl");
		assertThat(link.get("how").get(0).get("id").asString()).isEqualTo("INTERNATIONAL_MAIL");
		assertThat(link.get("disputing")).hasSize(2);
		JsonNode claim = link.get("asserting").get(0);
		assertThat(claim.propertyNames()).containsExactly("id", "key", "url", "kind", "quotation", "text", "claimant",
				"article", "sourceUrl", "outlet", "republishedBy", "date", "datePrecision", "dateLabel");
		assertThat(claim.get("claimant").get("id").asString()).isEqualTo("dea");
		assertThat(claim.get("date").asString()).isEqualTo("2023-11-16");
		assertThat(claim.get("datePrecision").asString()).isEqualTo("INFERRED");
	}

	@Test
	void namesEveryEndOfEveryLinkAsANode() throws Exception {
		JsonNode document = json("/supply-chain.json");
		Set<String> nodes = new HashSet<>();
		document.get("nodes").forEach(node -> nodes.add(node.get("id").asString()));

		document.get("links").forEach(link -> assertThat(nodes).contains(link.get("from").asString(),
				link.get("to").asString()));
		assertThat(document.get("nodes").get(0).get("type").get("label").asString()).isNotBlank();
	}

	@Test
	void givesEachNodeThePointTheMapPutsItAtAndWhatThePointStandsFor() throws Exception {
		JsonNode document = json("/supply-chain.json?size=200");
		Set<String> seeded = Set.of("china", "southern-china", "chinese-chemical-companies", "chinese-money-launderers",
				"vancouver", "canada", "united-states", "us-southern-border", "mexican-cartels",
				"mexican-fentanyl-producers", "sinaloa-cartel");
		JsonNode vancouver = null;
		Set<String> placed = new HashSet<>();
		for (JsonNode node : document.get("nodes")) {
			if (node.get("coordinates").isArray() && node.get("coordinates").size() == 2) {
				placed.add(node.get("id").asString());
			}
			if (node.get("id").asString().equals("vancouver")) {
				vancouver = node;
			}
		}
		assertThat(placed).as("seeded ends of links on the map").containsAll(seeded);
		assertThat(vancouver).isNotNull();
		assertThat(vancouver.get("coordinates").get(0).asDouble()).isEqualTo(-123.1);
		assertThat(vancouver.get("coordinates").get(1).asDouble()).isEqualTo(49.3);
		assertThat(vancouver.get("placedAt").asString()).isEqualTo("Vancouver, British Columbia");
	}

	@Test
	void echoesTheFilterAndSaysWhereTheChosenSourceStands() throws Exception {
		mvc.perform(get("/supply-chain.json?claimant=china-foreign-ministry"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.filter.claimant").value("china-foreign-ministry"))
			.andExpect(jsonPath("$.links[*].position", everyItem(is("DISPUTES"))));
	}

	@Test
	void pagesLikeTheTable() throws Exception {
		mvc.perform(get("/supply-chain.json?page=2&size=5"))
			.andExpect(jsonPath("$.page.number").value(2))
			.andExpect(jsonPath("$.page.size").value(5))
			.andExpect(jsonPath("$.links.length()").value(5));
	}

	@Test
	void answersUnknownFiltersWithProblemDetails() throws Exception {
		mvc.perform(get("/supply-chain.json?outlet=nobody"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no outlet called “nobody”."));
		mvc.perform(get("/supply-chain.json?stage=SMUGGLING")).andExpect(status().isBadRequest());
	}

	private JsonNode json(String path) throws Exception {
		String body = mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn().getResponse().getContentAsString();
		return JsonMapper.builder().build().readTree(body);
	}

	private static JsonNode linkWithId(JsonNode document, long id) {
		for (JsonNode link : document.get("links")) {
			if (link.get("id").asLong() == id) {
				return link;
			}
		}
		throw new AssertionError("no link " + id);
	}

}
