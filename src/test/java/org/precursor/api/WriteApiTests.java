package org.precursor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.precursor.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.AdminRequests.admin;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * {@code POST /api/articles} with a bearer token: an article and its claims in one request under the admin forms'
 * rules, refusals as problem documents naming each field, a duplicate address pointing at the recorded article, the
 * writes in the history under the token's name; and the tokens themselves, made and revoked at /admin/tokens.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WriteApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private String editorName;

	private String token;

	private String tokenName;

	@BeforeEach
	void anEditorWithAToken() throws Exception {
		editorName = Fixtures.unique("api-editor").replace(' ', '-');
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", editorName)
			.param("password", "a-long-enough-password").param("role", "EDITOR"));
		tokenName = Fixtures.unique("newsroom import");
		token = makeToken(tokenName, editorName);
	}

	@Test
	void addsAnArticleWithItsClaimsInOneRequest() throws Exception {
		String url = "https://example.org/" + Fixtures.unique("story").replace(' ', '-');

		MockHttpServletResponse response = send(token, article(url, "Customs seize pill presses", """
				[{"claimant": "DEA", "kind": "REPORTED_SPEECH", "text": "the presses came from China",
				  "passage": "The DEA said the presses came from China.", "cue": "said",
				  "stances": [{"proposition": "china-main-source-of-precursors", "stance": "supports"}]},
				 {"claimant": "China", "kind": "DIRECT_QUOTE", "text": "We oppose smears",
				  "passage": "“We oppose smears,” the ministry said."}]"""));

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		JsonNode article = JSON.readTree(response.getContentAsString());
		assertThat(response.getHeader("Location")).isEqualTo("/api/articles/" + article.get("id").asString());
		assertThat(article.get("title").asString()).isEqualTo("Customs seize pill presses");
		assertThat(article.get("claims")).hasSize(2);
		JsonNode first = article.get("claims").get(0);
		assertThat(first.get("content").asString()).isEqualTo("the presses came from China");
		assertThat(first.get("claimants").get(0).get("id").asString()).isEqualTo("dea");
		assertThat(first.get("stances").get(0).get("stance").asString()).isEqualTo("SUPPORTS");
		assertThat(jdbc.queryForList("""
				select distinct r.username from revision_info r join article_aud a on a.rev = r.id where a.id = ?
				union select distinct r.username from revision_info r join claim_aud c on c.rev = r.id
				where c.article_id = ?""", String.class, Long.valueOf(article.get("id").asString()),
				Long.valueOf(article.get("id").asString())))
			.containsExactly("API token “" + tokenName + "”");
	}

	@Test
	void aWriteRetiresTheAnswersKeptForReaders() throws Exception {
		long before = JSON.readTree(mvc.perform(get("/api/articles?size=1")).andReturn().getResponse()
			.getContentAsString()).get("total").asLong();

		send(token, article("https://example.org/" + Fixtures.unique("new").replace(' ', '-'), "Fresh", "[]"));

		assertThat(JSON.readTree(mvc.perform(get("/api/articles?size=1")).andReturn().getResponse()
			.getContentAsString()).get("total").asLong()).isEqualTo(before + 1);
	}

	@Test
	void refusesEveryBadFieldAtOnceAndSavesNothing() throws Exception {
		long articles = count("article");
		String url = "https://example.org/" + Fixtures.unique("bad").replace(' ', '-');

		MockHttpServletResponse response = send(token, article(url, "", """
				[{"claimant": "DEA", "kind": "REPORTED_SPEECH", "text": "words not in the passage",
				  "passage": "The DEA said something else entirely."},
				 {"claimant": "DEA", "text": "", "stances": [{"proposition": "no-such-thing", "stance": "supports"}]}]"""));

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.getContentAsString());
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).contains("title", "claims[1].text", "claims[1].stances[0].proposition");
		assertThat(problem.get("detail").asString()).startsWith("Nothing was saved.");
		assertThat(count("article")).isEqualTo(articles);
	}

	@Test
	void aClaimTheClaimFormWouldRefuseRollsTheArticleBack() throws Exception {
		long articles = count("article");
		String url = "https://example.org/" + Fixtures.unique("rollback").replace(' ', '-');

		MockHttpServletResponse response = send(token, article(url, "A fine title", """
				[{"claimant": "DEA", "kind": "REPORTED_SPEECH", "text": "words not in the passage",
				  "passage": "The DEA said something else entirely."}]"""));

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("claims[0].");
		assertThat(count("article")).isEqualTo(articles);
	}

	@Test
	void aRecordedAddressAnswersConflictWithTheArticleThatHasIt() throws Exception {
		String url = "https://example.org/" + Fixtures.unique("twice").replace(' ', '-');
		MockHttpServletResponse first = send(token, article(url, "The story", "[]"));
		String existing = JSON.readTree(first.getContentAsString()).get("id").asString();
		long articles = count("article");

		MockHttpServletResponse response = send(token, article(url, "The same story again", "[]"));

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getHeader("Location")).isEqualTo("/api/articles/" + existing);
		assertThat(JSON.readTree(response.getContentAsString()).get("existing").asString())
			.isEqualTo("/api/articles/" + existing);
		assertThat(count("article")).isEqualTo(articles);
	}

	@Test
	void refusesARequestWithoutAWorkingToken() throws Exception {
		String body = article("https://example.org/" + Fixtures.unique("x").replace(' ', '-'), "Title", "[]");

		for (String authorization : new String[] { null, "Bearer prc_wrong", "Basic YWRtaW46eA==", "Bearer " }) {
			MockHttpServletResponse response = send(authorization == null ? null : authorization.substring(7), body,
					authorization);
			assertThat(response.getStatus()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString()).contains("/admin/tokens");
		}
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		long id = jdbc.queryForObject("select id from api_token where name = ?", Long.class, tokenName);
		mvc.perform(post("/admin/tokens/" + id + "/revoke").with(admin()).with(csrf()));

		MockHttpServletResponse response = send(token,
				article("https://example.org/" + Fixtures.unique("r").replace(' ', '-'), "Title", "[]"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/admin/tokens").with(admin())).andReturn().getResponse().getContentAsString())
			.contains("Revoked");
	}

	@Test
	void anEditorsTokenCannotCreateAccounts() throws Exception {
		String username = Fixtures.unique("sneaky").replace(' ', '-');

		MockHttpServletResponse response = mvc.perform(post("/admin/accounts").header("Authorization", "Bearer " + token)
			.param("username", username).param("password", "a-long-enough-password").param("role", "ADMIN"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isNotEqualTo(200).isLessThan(500);
		assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Long.class, username))
			.isZero();
	}

	@Test
	void aTokenIsShownOnceAndStoredOnlyAsAHash() throws Exception {
		assertThat(token).startsWith("prc_").hasSizeGreaterThan(40);
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class, token))
			.isZero();
		String page = mvc.perform(get("/admin/tokens").with(admin())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(tokenName).doesNotContain(token);
		assertThat(mvc.perform(get("/admin/tokens").with(editor())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void recordsWhenATokenWasLastUsed() throws Exception {
		send(token, "{");

		assertThat(jdbc.queryForObject("select last_used_at from api_token where name = ?", Object.class, tokenName))
			.isNotNull();
	}

	@Test
	void anUnreadableBodyIsAProblemToo() throws Exception {
		MockHttpServletResponse response = send(token, "{not json");

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
	}

	private String makeToken(String name, String account) throws Exception {
		long accountId = jdbc.queryForObject("select id from account where username = ?", Long.class, account);
		String page = mvc.perform(post("/admin/tokens").with(admin()).with(csrf()).param("name", name)
			.param("account", String.valueOf(accountId))).andReturn().getResponse().getContentAsString();
		Matcher shown = Pattern.compile("<code class=\"token-value\">(prc_[A-Za-z0-9_-]+)</code>").matcher(page);
		assertThat(shown.find()).as(page).isTrue();
		return shown.group(1);
	}

	private static String article(String url, String title, String claims) {
		return """
				{"url": "%s", "title": "%s", "outletName": "Reuters", "publishedOn": "2024-06-20",
				 "authors": "A. Reporter", "claims": %s}""".formatted(url, title, claims);
	}

	private MockHttpServletResponse send(String bearer, String body) throws Exception {
		return send(bearer, body, "Bearer " + bearer);
	}

	private MockHttpServletResponse send(String bearer, String body, String authorization) throws Exception {
		var request = post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
