package org.precursor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.precursor.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Readers get public pages rendered once per data version: a kept page costs no SQL, answers a conditional GET with
 * 304, keeps the security headers, goes out compressed to those who accept it, and is retired by an editor's edit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class PublicPageCacheTests {

	/** A page that takes long to render, and counts how often it is rendered. */
	@TestConfiguration
	static class SlowPages {

		@Bean
		SlowPage slowPage() {
			return new SlowPage();
		}

	}

	@RestController
	static class SlowPage {

		static final AtomicInteger renderings = new AtomicInteger();

		@GetMapping(value = "/slow-page", produces = "text/html")
		String render() throws InterruptedException {
			renderings.incrementAndGet();
			Thread.sleep(400);
			return "<html>slow</html>";
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PublicPageCache cache;

	@Autowired
	private DataVersion dataVersion;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private SqlStatements statements;

	@BeforeEach
	void startEmpty() {
		cache.clear();
		statements = new SqlStatements(entityManagerFactory);
	}

	@Test
	void servesAReadersSecondRequestWithoutRenderingItAgain() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/actors/china")).andReturn().getResponse();
		long again = statements.countDuring(() -> mvc.perform(get("/actors/china")));
		MockHttpServletResponse second = mvc.perform(get("/actors/china")).andReturn().getResponse();

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(again).isZero();
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("W/\"");
		assertThat(second.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(second.getContentType()).startsWith("text/html");
	}

	@Test
	void answersAConditionalRequestForAnUnchangedPageWithNotModified() throws Exception {
		String etag = mvc.perform(get("/claims")).andReturn().getResponse().getHeader("ETag");

		MockHttpServletResponse unchanged = mvc.perform(get("/claims").header("If-None-Match", etag))
			.andReturn().getResponse();
		MockHttpServletResponse otherTag = mvc.perform(get("/claims").header("If-None-Match", "W/\"old\""))
			.andReturn().getResponse();

		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(otherTag.getStatus()).isEqualTo(200);
		assertThat(otherTag.getContentAsString()).contains("<html");
	}

	@Test
	void compressesAKeptPageForReadersWhoAcceptGzip() throws Exception {
		mvc.perform(get("/actors"));

		MockHttpServletResponse gzipped = mvc.perform(get("/actors").header("Accept-Encoding", "gzip, deflate, br"))
			.andReturn().getResponse();
		MockHttpServletResponse refused = mvc.perform(get("/actors").header("Accept-Encoding", "gzip;q=0, identity"))
			.andReturn().getResponse();

		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		byte[] body = gzipped.getContentAsByteArray();
		assertThat(body[0] & 0xff).isEqualTo(0x1f);
		assertThat(body[1] & 0xff).isEqualTo(0x8b);
		assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8)).contains("<html");
		assertThat(refused.getHeader("Content-Encoding")).isNull();
		assertThat(refused.getContentAsString()).contains("<html");
	}

	@Test
	void showsAReaderAnEditorsChangeAtOnce() throws Exception {
		Map<String, Object> actor = jdbc.queryForMap("select id, name, type, version from actor where slug = 'canada'");
		assertThat(mvc.perform(get("/actors/canada")).andReturn().getResponse().getContentAsString())
			.doesNotContain("Described while the page was kept");

		mvc.perform(post("/admin/actors/" + actor.get("id")).with(editor()).with(csrf())
			.param("name", (String) actor.get("name")).param("type", (String) actor.get("type"))
			.param("version", actor.get("version").toString())
			.param("description", "Described while the page was kept"));

		assertThat(mvc.perform(get("/actors/canada")).andReturn().getResponse().getContentAsString())
			.contains("Described while the page was kept");
	}

	@Test
	void retiresKeptPagesWhenAnotherInstanceMovesTheDataVersionOn() throws Exception {
		String etag = mvc.perform(get("/propositions")).andReturn().getResponse().getHeader("ETag");
		jdbc.update("update data_version set version = version + 1");
		Thread.sleep(DataVersion.RECHECK_MILLIS + 50);

		long rendering = statements.countDuring(() -> mvc.perform(get("/propositions")));

		assertThat(rendering).isPositive();
		assertThat(mvc.perform(get("/propositions").header("If-None-Match", etag)).andReturn().getResponse()
			.getStatus()).isEqualTo(304);
	}

	@Test
	void neverServesAKeptPageToASignedInEditorOrKeepsTheirs() throws Exception {
		mvc.perform(get("/outlets"));

		String editors = mvc.perform(get("/outlets").with(editor())).andReturn().getResponse().getContentAsString();
		String readers = mvc.perform(get("/outlets")).andReturn().getResponse().getContentAsString();

		assertThat(editors).contains("Sign out").contains("_csrf");
		assertThat(readers).doesNotContain("Sign out").doesNotContain("_csrf");
	}

	@Test
	void rendersAPageManyReadersAskForAtOnceOnlyOnce() throws Exception {
		SlowPage.renderings.set(0);
		ExecutorService readers = Executors.newFixedThreadPool(6);
		try {
			List<Future<String>> pages = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				pages.add(readers.submit(() -> mvc.perform(get("/slow-page")).andReturn().getResponse().getContentAsString()));
			}
			for (Future<String> page : pages) {
				assertThat(page.get(10, TimeUnit.SECONDS)).isEqualTo("<html>slow</html>");
			}
		}
		finally {
			readers.shutdownNow();
		}

		assertThat(SlowPage.renderings).hasValue(1);
	}

	@Test
	void doesNotMoveTheVersionForAReadersPostOrASignIn() throws Exception {
		long before = dataVersion.current();

		mvc.perform(post("/admin/actors/1").with(csrf()).param("name", "Anyone"));
		mvc.perform(post("/login").with(csrf()).param("username", "nobody").param("password", "wrong"));

		assertThat(jdbc.queryForObject("select version from data_version", Long.class)).isEqualTo(before);
	}

}
