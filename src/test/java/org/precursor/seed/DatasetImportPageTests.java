package org.precursor.seed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.export.DatasetJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.AdminRequests.admin;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * {@code /admin/import}: an admin uploads this site's own export and reads the report (nothing to change: every
 * record is unchanged); a broken file is refused with the reason and writes nothing; only admins may import, and
 * only with the form's CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatasetImportPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DatasetJson dataset;

	@Autowired
	private DatasetImports imports;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAdminImportsAnExportAndReadsTheReport() throws Exception {
		ByteArrayOutputStream export = new ByteArrayOutputStream();
		dataset.write(export);
		int claims = jdbc.queryForObject("select count(*) from claim", Integer.class);

		mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "site.json", "application/json",
				export.toByteArray())).with(admin()).with(csrf()))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/import/progress"));
		ImportJob job = awaitTheEnd();

		assertThat(job.refusal()).isNull();
		assertThat(job.report().added()).isZero();
		assertThat(job.report().updated()).isZero();
		assertThat(job.report().unchanged()).isGreaterThan(claims);
		String page = mvc.perform(get("/admin/import/progress").with(admin())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"import-report\"").contains("0</span> added").contains(">claims<");
		assertThat(page).doesNotContain("hx-trigger");
	}

	@Test
	void aBrokenFileIsRefusedWithTheReasonAndNothingChanges() throws Exception {
		int claims = jdbc.queryForObject("select count(*) from claim", Integer.class);
		String broken = """
				{"format": "precursor-dataset", "formatVersion": 1, "outlets": [],
				 "articles": [{"id": 1, "outlet": "no-such-outlet", "title": "A story", "datePrecision": "UNKNOWN"}]}""";

		mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "broken.json", "application/json",
				broken.getBytes(StandardCharsets.UTF_8))).with(admin()).with(csrf()));
		ImportJob job = awaitTheEnd();

		assertThat(job.report()).isNull();
		assertThat(job.refusal()).contains("section \"articles\" row 1").contains("unknown outlet 'no-such-outlet'");
		assertThat(mvc.perform(get("/admin/import/progress").with(admin())).andReturn().getResponse()
			.getContentAsString()).contains("Nothing was imported").contains("unknown outlet &#39;no-such-outlet&#39;");
		assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class)).isEqualTo(claims);
	}

	@Test
	void withoutAFileTheFormSaysWhatToChoose() throws Exception {
		String page = mvc.perform(multipart("/admin/import").with(admin()).with(csrf())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"import-problem\"").contains("Choose a dataset export");
	}

	@Test
	void onlyAdminsImportAndOnlyWithTheFormsToken() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "x.json", "application/json", "{}".getBytes());
		assertThat(mvc.perform(get("/admin/import").with(editor())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(multipart("/admin/import").file(file).with(editor()).with(csrf())).andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(multipart("/admin/import").file(file).with(admin())).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/admin/import")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private ImportJob awaitTheEnd() throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		ImportJob job = imports.latest().orElseThrow();
		while (job.isRunning() && Instant.now().isBefore(giveUp)) {
			Thread.sleep(50);
		}
		assertThat(job.isRunning()).as("the import ended").isFalse();
		return job;
	}

}
