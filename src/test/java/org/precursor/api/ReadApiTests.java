package org.precursor.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

/**
 * The read API over HTTP on the seed dataset: the documented field names, the claims list's filters and totals,
 * pages with their links, identifiers that match the pages, problem details, conditional GET and CORS.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReadApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void listsClaimsWithTheDocumentedFieldsAndTheTotalOfAllClaims() throws Exception {
		long claims = jdbc.queryForObject("select count(*) from claim", Long.class);

		JsonNode page = json("/api/claims?size=10");

		assertThat(page.propertyNames()).containsExactly("items", "total", "page", "size", "totalPages", "links");
		assertThat(page.get("total").asLong()).isEqualTo(claims);
		assertThat(page.get("items")).hasSize(10);
		assertThat(page.get("totalPages").asInt()).isEqualTo((int) ((claims + 9) / 10));
		JsonNode claim = page.get("items").get(0);
		assertThat(claim.propertyNames()).containsExactly("id", "url", "kind", "quotation", "content", "passage",
				"cue", "speakerMention", "summary", "claimants", "claimantRole", "article", "outlet", "originalOutlet",
				"date", "stances", "about", "api");
		assertThat(claim.get("url").asString()).isEqualTo("/claims/" + claim.get("id").asString());
		assertThat(claim.get("date").propertyNames()).containsExactly("value", "precision", "label");
	}

	@Test
	void givesNextAndPreviousLinksThatKeepTheFilterAndSize() throws Exception {
		JsonNode first = json("/api/claims?outlet=reuters&size=5");
		assertThat(first.get("links").get("previous").isNull()).isTrue();
		assertThat(first.get("links").get("next").asString()).isEqualTo("/api/claims?outlet=reuters&page=2&size=5");

		JsonNode second = json(first.get("links").get("next").asString());
		assertThat(second.get("page").asInt()).isEqualTo(2);
		assertThat(second.get("links").get("previous").asString())
			.isEqualTo("/api/claims?outlet=reuters&page=1&size=5");
		assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
	}

	@Test
	void filtersClaimsExactlyAsTheClaimsListDoes() throws Exception {
		long reuters = jdbc.queryForObject("""
				select count(*) from claim c join article a on a.id = c.article_id
				join outlet o on o.id = a.outlet_id left join outlet oo on oo.id = a.original_outlet_id
				where o.slug = 'reuters' or oo.slug = 'reuters'""", Long.class);
		long directQuotes = jdbc.queryForObject("select count(*) from claim where kind = 'DIRECT_QUOTE'", Long.class);

		assertThat(json("/api/claims?outlet=reuters").get("total").asLong()).isEqualTo(reuters);
		JsonNode quotes = json("/api/claims?kind=direct-quote&size=100");
		assertThat(quotes.get("total").asLong()).isEqualTo(directQuotes);
		quotes.get("items").forEach(claim -> assertThat(claim.get("kind").get("id").asString()).isEqualTo("DIRECT_QUOTE"));
		JsonNode disputing = json("/api/claims?proposition=china-main-source-of-precursors&stance=disputes&size=100");
		assertThat(disputing.get("total").asLong()).isPositive();
		disputing.get("items").forEach(claim -> assertThat(claim.get("stances").toString())
			.contains("\"id\":\"china-main-source-of-precursors\"").contains("DISPUTES"));
	}

	@Test
	void showsOneClaimUnderTheNumberOfItsPage() throws Exception {
		long id = jdbc.queryForObject("select id from claim where seed_key = 'ap-01'", Long.class);

		JsonNode claim = json("/api/claims/" + id);

		assertThat(claim.get("id").asString()).isEqualTo(String.valueOf(id));
		assertThat(claim.get("claimants").get(0).get("id").asString()).isEqualTo("house-select-committee-ccp");
		assertThat(claim.get("claimants").get(0).get("url").asString()).isEqualTo("/actors/house-select-committee-ccp");
		assertThat(claim.get("outlet").get("id").asString()).isNotBlank();
		assertThat(claim.get("passage").asString()).contains(claim.get("content").asString());
		assertThat(claim.get("article").get("url").asString()).startsWith("/articles/");
	}

	@Test
	void showsActorsOutletsPropositionsAndArticlesUnderTheirPagesIdentifiers() throws Exception {
		JsonNode actor = json("/api/actors/dea");
		assertThat(actor.get("url").asString()).isEqualTo("/actors/dea");
		assertThat(actor.get("type").get("id").asString()).isNotBlank();
		assertThat(actor.get("claims").asString()).isEqualTo("/api/claims?claimant=dea");

		JsonNode outlet = json("/api/outlets/reuters");
		assertThat(outlet.get("name").asString()).isEqualTo("Reuters");
		assertThat(outlet.get("claims").asString()).isEqualTo("/api/claims?outlet=reuters");

		JsonNode proposition = json("/api/propositions/china-main-source-of-precursors");
		assertThat(proposition.get("supporting").asLong() + proposition.get("disputing").asLong())
			.isEqualTo(jdbc.queryForObject("""
					select count(*) from claim_stance s join proposition p on p.id = s.proposition_id
					where p.slug = 'china-main-source-of-precursors'""", Long.class));

		long articleId = jdbc.queryForObject("select min(id) from article", Long.class);
		JsonNode article = json("/api/articles/" + articleId);
		assertThat(article.get("url").asString()).isEqualTo("/articles/" + articleId);
		assertThat(article.get("claims")).hasSize(jdbc.queryForObject(
				"select count(*) from claim where article_id = ?", Integer.class, articleId));
	}

	@Test
	void pagesEveryList() throws Exception {
		for (String list : List.of("actors", "articles", "outlets", "propositions")) {
			long rows = jdbc.queryForObject("select count(*) from " + list.substring(0, list.length() - 1),
					Long.class);
			JsonNode page = json("/api/" + list + "?size=3");
			assertThat(page.get("total").asLong()).as(list).isEqualTo(rows);
			assertThat(page.get("items")).as(list).hasSize((int) Math.min(3, rows));
			assertThat(page.get("items").get(0).get("url").asString()).as(list).startsWith("/" + list + "/");
		}
		assertThat(json("/api/supply-chain/links?size=2").get("links")).hasSize(2);
	}

	@Test
	void refusesAPageLargerThanAHundred() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/claims?size=5000")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString())
			.contains("“size”", "1 to 100");
	}

	@Test
	void refusesFilterValuesTheListWouldIgnore() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/claims?kind=BOGUS")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString()).contains("BOGUS");
	}

	@Test
	void answersUnknownRecordsWithAProblemNamingThem() throws Exception {
		for (String path : List.of("/api/actors/nobody", "/api/outlets/nobody", "/api/propositions/nobody",
				"/api/claims/999999", "/api/articles/999999", "/api/claims?claimant=nobody")) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
			assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString()).as(path).isNotBlank();
		}
	}

	@Test
	void aMergedActorsOldSlugLeadsToTheSurvivor() throws Exception {
		long dea = jdbc.queryForObject("select id from actor where slug = 'dea'", Long.class);
		jdbc.update("insert into actor_redirect (old_slug, actor_id) values ('drug-enforcement-admin', ?)", dea);
		try {
			MockHttpServletResponse response = mvc.perform(get("/api/actors/drug-enforcement-admin")).andReturn()
				.getResponse();

			assertThat(response.getStatus()).isEqualTo(301);
			assertThat(response.getHeader("Location")).isEqualTo("/api/actors/dea");
		}
		finally {
			jdbc.update("delete from actor_redirect where old_slug = 'drug-enforcement-admin'");
		}
	}

	@Test
	void answersAnAddressTheApiDoesNotHaveWithAProblem() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/nothing/here")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString()).contains("/v3/api-docs");
	}

	@Test
	void answersAConditionalGetWithNotModified() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/api/claims?size=5")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();

		MockHttpServletResponse again = mvc.perform(get("/api/claims?size=5").header("If-None-Match", etag))
			.andReturn()
			.getResponse();

		assertThat(again.getStatus()).isEqualTo(304);
	}

	@Test
	void letsOtherSitesReadWithCorsEvenFromKeptAnswers() throws Exception {
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = mvc.perform(get("/api/outlets").header("Origin", "https://example.org"))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		}
		MockHttpServletResponse preflight = mvc.perform(options("/api/claims").header("Origin", "https://example.org")
			.header("Access-Control-Request-Method", "GET")).andReturn().getResponse();
		assertThat(preflight.getStatus()).isEqualTo(200);
		assertThat(preflight.getHeader("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST");
		MockHttpServletResponse write = mvc.perform(options("/api/articles").header("Origin", "https://example.org")
			.header("Access-Control-Request-Method", "POST")).andReturn().getResponse();
		assertThat(write.getStatus()).isEqualTo(403);
	}

	private List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private JsonNode json(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		return JSON.readTree(response.getContentAsString());
	}

}
