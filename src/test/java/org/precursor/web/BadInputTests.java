package org.precursor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What readers, editors and scripts get for input that makes no sense: never a 500, always a message that names
 * what was not understood, the site's security headers, and for a refused write, nothing changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTests {

	private static final String ZERO_WIDTH = "\u200B\u200B\u200B";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/** A seeded article: the refused writes below must not leave records behind for other tests to find. */
	private Long articleId;

	@BeforeEach
	void seededArticle() {
		articleId = jdbc.queryForObject("select min(id) from article", Long.class);
	}

	/** One bad request and what must come back. {@code table} is counted before and after a write. */
	record BadInput(String name, String method, String path, Map<String, String> params, int status, String message,
			String table) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Stream<BadInput> badInputs() {
		List<BadInput> inputs = new ArrayList<>();
		// The article form.
		inputs.add(article("title of zero-width spaces", "title", ZERO_WIDTH, "only invisible characters"));
		inputs.add(article("null byte in a title", "title", "Talks\u0000resume", "Remove the control character"));
		inputs.add(article("newline in a title", "title", "Talks\nresume", "Keep this on one line"));
		inputs.add(article("bell in the authors", "authors", "Jane\u0007Doe", "Remove the control character"));
		inputs.add(article("blank title", "title", "   ", "Enter the article's title."));
		inputs.add(article("title too long", "title", "t".repeat(501), "Keep the title under 500 characters."));
		inputs.add(article("publication year 0", "publishedOn", "0000-01-01", "Enter a date from 1900 on"));
		inputs.add(article("publication date in 1899", "publishedOn", "1899-12-31", "Enter a date from 1900 on"));
		inputs.add(article("publication date that is no date", "publishedOn", "2024-13-45",
				"Enter the date as yyyy-MM-dd"));
		inputs.add(article("publication date in the future", "publishedOn", "2999-01-01", "cannot be in the future"));
		inputs.add(article("address that is not a web address", "url", "javascript:alert(1)",
				"Enter a full web address"));
		inputs.add(article("language that is not a code", "language", "English!!", "Enter a language code"));
		inputs.add(article("date precision that does not exist", "datePrecision", "SOMETIMES",
				"This value is not one of the choices."));
		inputs.add(article("outlet name of zero-width spaces", "outletName", ZERO_WIDTH, "only invisible characters"));
		// The actor form.
		inputs.add(actor("newline in an actor's name", "name", "Drug\nAgency", "Keep this on one line"));
		inputs.add(actor("actor's name of zero-width spaces", "name", ZERO_WIDTH, "only invisible characters"));
		inputs.add(actor("null byte in an actor's name", "name", "Drug\u0000Agency", "Remove the control character"));
		inputs.add(actor("alias equal to another actor's name", "aliases", "China",
				"“China” is the name of another actor, China."));
		inputs.add(actor("alias of zero-width spaces", "aliases", "DA\n" + ZERO_WIDTH, "only invisible characters"));
		inputs.add(actor("actor type that does not exist", "type", "DRAGON", "This value is not one of the choices."));
		inputs.add(actor("tab in an actor's role", "role", "head\tof", "Remove the tab character"));
		// The claim form.
		inputs.add(claim("stance row 300", "stances[300].proposition", "1", "more “stances” rows than it can take"));
		inputs.add(claim("stance row 100000", "stances[100000].stance", "SUPPORTS",
				"more “stances” rows than it can take"));
		inputs.add(claim("null byte in the claim's words", "text", "We oppose\u0000 the smears",
				"Remove the control character"));
		inputs.add(claim("claim made in year 0", "madeOn", "0000-01-01", "Enter a date from 1900 on"));
		inputs.add(claim("claim kind that does not exist", "kind", "RUMOUR", "This value is not one of the choices."));
		inputs.add(claim("newline in the claimant", "claimant", "China\nRussia", "Keep this on one line"));
		// Other forms.
		inputs.add(new BadInput("outlet name of zero-width spaces (outlet form)", "POST", "/admin/outlets",
				Map.of("name", ZERO_WIDTH, "kind", "NEWSPAPER"), 200, "only invisible characters", "outlet"));
		inputs.add(new BadInput("null byte in a proposition", "POST", "/admin/propositions",
				Map.of("text", "China\u0000 cooperates"), 200, "Remove the control character", "proposition"));
		// The claims list: bad filter values are named in a note, the rest of the filter still applies.
		inputs.add(read("claims kind BOGUS", "/claims", Map.of("kind", "BOGUS"), 200, "The “kind” value “BOGUS”"));
		inputs.add(read("claims from a date that is none", "/claims", Map.of("from", "2024-13-45"), 200,
				"The “from” date “2024-13-45”"));
		inputs.add(read("claims to 'yesterday'", "/claims", Map.of("to", "yesterday"), 200,
				"The “to” date “yesterday”"));
		inputs.add(read("claims stance maybe", "/claims", Map.of("stance", "maybe"), 200, "The “stance” value “maybe”"));
		inputs.add(read("claims sort sideways", "/claims", Map.of("sort", "sideways"), 200,
				"The “sort” value “sideways”"));
		inputs.add(read("claims page abc", "/claims", Map.of("page", "abc"), 200, "The “page” value “abc”"));
		inputs.add(read("claims text of 10,000 characters", "/claims", Map.of("q", "a".repeat(10_000)), 400,
				"keep it under 500 characters"));
		inputs.add(read("search text of 10,000 characters", "/search", Map.of("q", "a".repeat(10_000)), 400,
				"keep it under 500 characters"));
		inputs.add(read("claim number that is no number", "/claims/abc", Map.of(), 404, "“abc” is not a valid id"));
		inputs.add(read("actor that does not exist", "/actors/nobody-at-all", Map.of(), 404, "There is no actor"));
		// The supply chain and the network pages: a 400 page naming the parameter and the value.
		inputs.add(read("supply chain stage BOGUS", "/supply-chain", Map.of("stage", "BOGUS"), 400,
				"The value “BOGUS” of “stage” was not understood. Use one of: SOURCING"));
		inputs.add(read("supply chain moves GOLD", "/supply-chain", Map.of("moves", "GOLD"), 400,
				"The value “GOLD” of “moves” was not understood. Use one of: PRECURSOR_CHEMICALS"));
		inputs.add(read("supply chain page abc", "/supply-chain", Map.of("page", "abc"), 400,
				"The value “abc” of “page” was not understood. Use a whole number"));
		inputs.add(read("supply chain size huge", "/supply-chain", Map.of("size", "99999999999"), 400,
				"The value “99999999999” of “size” was not understood"));
		inputs.add(read("network edges X", "/network", Map.of("edges", "X"), 400,
				"The value “X” of “edges” was not understood. Use one of: ALL, CLAIMS_ABOUT, SIDES"));
		inputs.add(read("supply-chain link that is no number", "/supply-chain/links/abc", Map.of(), 404,
				"is not a valid id"));
		inputs.add(admin("history page abc", "/admin/history", Map.of("page", "abc"), 400,
				"The value “abc” of “page” was not understood"));
		inputs.add(admin("admin supply chain page abc", "/admin/supply-chain", Map.of("page", "abc"), 400,
				"The value “abc” of “page” was not understood"));
		// The JSON endpoints: RFC 9457 problems naming the parameter.
		inputs.add(read("supply-chain.json stage BOGUS", "/supply-chain.json", Map.of("stage", "BOGUS"), 400,
				"\"parameter\":\"stage\""));
		inputs.add(read("supply-chain.json moves X", "/supply-chain.json", Map.of("moves", "X"), 400,
				"The value “X” of “moves” was not understood"));
		inputs.add(read("supply-chain.json page abc", "/supply-chain.json", Map.of("page", "abc"), 400,
				"\"parameter\":\"page\""));
		inputs.add(read("supply-chain.json size x", "/supply-chain.json", Map.of("size", "x"), 400,
				"\"parameter\":\"size\""));
		inputs.add(read("network.json edges X", "/network.json", Map.of("edges", "X"), 400,
				"\"parameter\":\"edges\""));
		return inputs.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void answersBadInputWithAMessageNeverA500AndChangesNothing(BadInput input) throws Exception {
		Long before = count(input.table());
		MockHttpServletRequestBuilder request = input.method().equals("POST")
				? post(input.path().replace("{article}", articleId.toString())).with(editor()).with(csrf())
				: get(input.path());
		if (input.path().startsWith("/admin")) {
			request = request.with(editor());
		}
		for (Map.Entry<String, String> param : input.params().entrySet()) {
			request = request.param(param.getKey(), param.getValue());
		}

		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

		assertThat(response.getStatus()).as(input.name()).isNotEqualTo(500).isEqualTo(input.status());
		assertThat(HtmlUtils.htmlUnescape(response.getContentAsString())).as(input.name()).contains(input.message());
		assertThat(response.getHeader("Content-Security-Policy")).as(input.name()).isNotBlank();
		if (input.path().endsWith(".json")) {
			assertThat(response.getContentType()).as(input.name()).startsWith("application/problem+json");
		}
		assertThat(count(input.table())).as(input.name() + ": rows in " + input.table()).isEqualTo(before);
	}

	@Test
	void listsAtLeastFortyBadInputs() {
		assertThat(badInputs().count()).isGreaterThanOrEqualTo(40);
	}

	@Test
	void showsTheLastPageForAPageNumberFarPastTheEnd() throws Exception {
		for (String path : List.of("/supply-chain?page=43000000", "/supply-chain?page=2147483647&size=1",
				"/admin/supply-chain?page=43000000", "/admin/history?page=200000000", "/claims?page=2147483647")) {
			MockHttpServletResponse response = mvc.perform(get(path).with(editor())).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader("Content-Security-Policy")).as(path).isNotBlank();
		}
		String json = mvc.perform(get("/supply-chain.json?page=43000000")).andReturn().getResponse()
			.getContentAsString();
		Integer links = jdbc.queryForObject("select count(*) from supply_chain_link", Integer.class);
		int lastPage = Math.max(1, (links + 49) / 50);
		assertThat(json).contains("\"number\":" + lastPage + ",").contains("\"totalPages\":" + lastPage);
	}

	@Test
	void showsTheClaimFormAgainWithWhatWasTypedWhenAStanceRowIsFarPastTheForm() throws Exception {
		Long before = count("claim");

		String html = mvc.perform(post("/admin/articles/" + articleId + "/claims").with(editor()).with(csrf())
			.param("claimant", "china").param("text", "We oppose the smears").param("stances[300].proposition", "1"))
			.andReturn().getResponse().getContentAsString();

		assertThat(HtmlUtils.htmlUnescape(html)).contains("more “stances” rows than it can take")
			.contains("We oppose the smears")
			.contains("id=\"stances\"");
		assertThat(count("claim")).isEqualTo(before);
	}

	@Test
	void refusesAnAliasThatIsAnotherActorsNameBesideTheAliasesField() throws Exception {
		Map<String, Object> actor = jdbc.queryForMap("select id, name, type, version from actor where slug = 'united-states'");
		Long before = count("actor_alias");

		mvc.perform(post("/admin/actors/" + actor.get("id")).with(editor()).with(csrf())
			.param("name", (String) actor.get("name")).param("type", (String) actor.get("type"))
			.param("version", actor.get("version").toString()).param("aliases", "USA\nChina"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actorForm", "aliases", "otherActorsName"))
			.andExpect(content().string(containsString("USA\nChina")));

		assertThat(count("actor_alias")).isEqualTo(before);
	}

	private Long count(String table) {
		return table == null ? null : jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static BadInput article(String name, String field, String value, String message) {
		Map<String, String> params = new LinkedHashMap<>(Map.of("url", "https://news.example/bad-input-"
				+ name.replace(' ', '-'), "title", "Talks resume", "outletName", "Reuters", "language", "en",
				"publishedOn", "2024-04-16", "datePrecision", "STATED"));
		params.put(field, value);
		return new BadInput(name, "POST", "/admin/articles", params, 200, message, "article");
	}

	private static BadInput actor(String name, String field, String value, String message) {
		Map<String, String> params = new LinkedHashMap<>(Map.of("name", "Bad Input Agency", "type", "AGENCY"));
		params.put(field, value);
		return new BadInput(name, "POST", "/admin/actors", params, 200, message, "actor");
	}

	private static BadInput claim(String name, String field, String value, String message) {
		Map<String, String> params = new LinkedHashMap<>(Map.of("claimant", "china", "text", "We oppose the smears",
				"kind", "DIRECT_QUOTE"));
		params.put(field, value);
		return new BadInput(name, "POST", "/admin/articles/{article}/claims", params, 200, message, "claim");
	}

	private static BadInput read(String name, String path, Map<String, String> params, int status, String message) {
		return new BadInput(name, "GET", path, params, status, message, null);
	}

	private static BadInput admin(String name, String path, Map<String, String> params, int status, String message) {
		return new BadInput(name, "GET", path, params, status, message, null);
	}

}
