package org.precursor.api;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.precursor.article.Article;
import org.precursor.support.Fixtures;
import org.precursor.support.SessionCookieClient;
import org.precursor.support.StandInClaimExtractor;
import org.precursor.web.DataVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.AdminRequests.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * {@code POST /api/extractions}: a text in, the proposed claims out, for an editor's signed-in page (with its CSRF
 * token) or a script with an API token; refusals as problem documents; nothing saved. The extractor is a stand-in, so
 * that what is checked is the endpoint.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StandInClaimExtractor.class)
class ExtractionApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "a-long-enough-password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataVersion dataVersion;

	@Autowired
	private ApplicationContext context;

	private String editorName;

	private String token;

	@BeforeEach
	void anEditor() throws Exception {
		editorName = Fixtures.unique("extracting-editor").replace(' ', '-').toLowerCase();
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", editorName)
			.param("password", PASSWORD).param("role", "EDITOR"));
	}

	@Test
	void proposesTheClaimsOfAPlainText() throws Exception {
		MockHttpServletResponse response = mvc.perform(withToken(post("/api/extractions")
			.contentType(MediaType.TEXT_PLAIN).content(StandInClaimExtractor.TEXT))).andReturn().getResponse();

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(response.getCookie(SessionCookieClient.COOKIE)).as("a session").isNull();
		JsonNode claims = JSON.readTree(response.getContentAsString()).get("claims");
		assertThat(claims).hasSize(2);
		JsonNode reported = claims.get(0);
		assertThat(reported.get("content").asString()).isEqualTo(StandInClaimExtractor.REPORTED);
		assertThat(reported.get("direct").asBoolean()).isFalse();
		assertThat(reported.get("cue").asString()).isEqualTo("said");
		assertThat(reported.get("speakerMention").asString()).isEqualTo("The DEA");
		assertThat(reported.get("speaker").get("name").asString()).isEqualTo("Drug Enforcement Administration");
		assertThat(reported.get("speaker").get("actor").asString()).isEqualTo("dea");
		assertThat(reported.get("contentStart").asInt()).isEqualTo(13);
		assertThat(reported.get("passage").asString()).isEqualTo(StandInClaimExtractor.REPORTED_PASSAGE);
		assertThat(claims.get(1).get("direct").asBoolean()).isTrue();
		assertThat(claims.get(1).get("speaker").get("actor").isNull()).isTrue();
	}

	@Test
	void takesTheTextAsJsonToo() throws Exception {
		MockHttpServletResponse response = mvc.perform(withToken(post("/api/extractions")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("text", StandInClaimExtractor.QUOTED_PASSAGE)))))
			.andReturn().getResponse();

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode claims = JSON.readTree(response.getContentAsString()).get("claims");
		assertThat(claims).hasSize(1);
		assertThat(claims.get(0).get("content").asString()).isEqualTo(StandInClaimExtractor.QUOTED);
	}

	@Test
	void anEditorsPageAsksWithItsSessionAndItsCsrfToken() throws Exception {
		SessionCookieClient page = signedIn();
		Matcher token = csrfTokenOn(page);

		MockHttpServletResponse response = page.perform(post("/api/extractions").header(token.group(1), token.group(2))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"" + StandInClaimExtractor.REPORTED_PASSAGE
					+ "\"}")).andReturn().getResponse();

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(JSON.readTree(response.getContentAsString()).get("claims")).hasSize(1);
	}

	@Test
	void aSessionWithoutItsCsrfTokenIsRefused() throws Exception {
		SessionCookieClient page = signedIn();

		MockHttpServletResponse response = page.perform(post("/api/extractions").contentType(MediaType.TEXT_PLAIN)
			.content(StandInClaimExtractor.TEXT)).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(JSON.readTree(response.getContentAsString()).get("title").asString()).contains("CSRF");
	}

	@Test
	void refusesARequestWithNeitherSessionNorToken() throws Exception {
		for (String authorization : new String[] { null, "Bearer prc_wrong", "Basic YWRtaW46eA==" }) {
			MockHttpServletRequestBuilder request = post("/api/extractions").contentType(MediaType.TEXT_PLAIN)
				.content(StandInClaimExtractor.TEXT);
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

			assertThat(response.getStatus()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(response.getContentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void anEmptyTextIsAProblemNamingTheField() throws Exception {
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				post("/api/extractions").contentType(MediaType.TEXT_PLAIN).content("  \n"),
				post("/api/extractions").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"\"}"),
				post("/api/extractions").contentType(MediaType.APPLICATION_JSON).content("{}") }) {
			MockHttpServletResponse response = mvc.perform(withToken(request)).andReturn().getResponse();

			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(JSON.readTree(response.getContentAsString()).get("errors").get(0).get("field").asString())
				.isEqualTo("text");
		}
	}

	@Test
	void aTextOverTheLimitIsRefusedWithTheLimit() throws Exception {
		MockHttpServletResponse response = mvc.perform(withToken(post("/api/extractions")
			.contentType(MediaType.TEXT_PLAIN).content("a".repeat(100_001)))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(413);
		JsonNode problem = JSON.readTree(response.getContentAsString());
		assertThat(problem.get("limit").asInt()).isEqualTo(100_000);
		assertThat(problem.get("detail").asString()).contains("100001").contains("100000");
	}

	@Test
	void savesNothingAndLeavesTheReadersKeptPagesAlone() throws Exception {
		MockHttpServletRequestBuilder request = withToken(post("/api/extractions").contentType(MediaType.TEXT_PLAIN)
			.content(StandInClaimExtractor.TEXT));
		long claims = jdbc.queryForObject("select count(*) from claim", Long.class);
		long version = dataVersion.current();

		mvc.perform(request);

		assertThat(jdbc.queryForObject("select count(*) from claim", Long.class)).isEqualTo(claims);
		assertThat(dataVersion.current()).isEqualTo(version);
	}

	@Test
	void theOpenApiDescriptionDescribesBothForms() throws Exception {
		JsonNode operation = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
			.getContentAsString()).get("paths").get("/api/extractions").get("post");

		assertThat(operation).isNotNull();
		assertThat(operation.get("requestBody").get("content").propertyNames())
			.contains("text/plain", "application/json");
	}

	private MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request) throws Exception {
		return request.header("Authorization", "Bearer " + token());
	}

	private String token() throws Exception {
		if (token == null) {
			long accountId = jdbc.queryForObject("select id from account where username = ?", Long.class, editorName);
			String page = mvc.perform(post("/admin/tokens").with(admin()).with(csrf())
				.param("name", Fixtures.unique("extraction script")).param("account", String.valueOf(accountId)))
				.andReturn().getResponse().getContentAsString();
			Matcher shown = Pattern.compile("<code class=\"token-value\">(prc_[A-Za-z0-9_-]+)</code>").matcher(page);
			assertThat(shown.find()).as(page).isTrue();
			token = shown.group(1);
		}
		return token;
	}

	private SessionCookieClient signedIn() throws Exception {
		SessionCookieClient page = new SessionCookieClient(mvc);
		page.perform(post("/login").with(csrf()).param("username", editorName).param("password", PASSWORD));
		return page;
	}

	/** The header name and token the article page gives its script, as the page's own form carries them. */
	private Matcher csrfTokenOn(SessionCookieClient page) throws Exception {
		Article article = Fixtures.in(context).article(Fixtures.unique("Extraction page"));
		String html = page.perform(get("/admin/articles/" + article.getId())).andReturn().getResponse()
			.getContentAsString();
		Matcher form = Pattern.compile("id=\"propose-form\"[^>]*data-csrf-header=\"([^\"]+)\"[\\s\\S]*?name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(html);
		assertThat(form.find()).as(html).isTrue();
		return form;
	}

}
