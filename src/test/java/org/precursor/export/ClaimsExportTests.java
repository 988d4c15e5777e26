package org.precursor.export;

import java.nio.charset.StandardCharsets;
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

/** {@code /export/claims.csv}: every claim of a view of the claims list, as a spreadsheet reads it. */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimsExportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void exportsEveryClaimWithTheDocumentedColumns() throws Exception {
		List<List<String>> rows = CsvRows.parse(csv("/export/claims.csv").getContentAsString(StandardCharsets.UTF_8));

		assertThat(rows.get(0)).isEqualTo(ClaimsCsv.COLUMNS);
		assertThat(rows).hasSize(1 + jdbc.queryForObject("select count(*) from claim", Integer.class));
		rows.forEach(row -> assertThat(row).hasSameSizeAs(ClaimsCsv.COLUMNS));
	}

	@Test
	void honoursTheClaimsListsFiltersAndNotItsPages() throws Exception {
		long reuters = jdbc.queryForObject("""
				select count(*) from claim c join article a on a.id = c.article_id
				join outlet o on o.id = a.outlet_id left join outlet oo on oo.id = a.original_outlet_id
				where o.slug = 'reuters' or oo.slug = 'reuters'""", Long.class);

		List<List<String>> rows = CsvRows.parse(
				csv("/export/claims.csv?outlet=reuters&page=3").getContentAsString(StandardCharsets.UTF_8));

		assertThat(rows).hasSize(1 + (int) reuters);
		int outlet = ClaimsCsv.COLUMNS.indexOf("outlet_id");
		int original = ClaimsCsv.COLUMNS.indexOf("original_outlet_id");
		rows.subList(1, rows.size()).forEach(row -> assertThat(List.of(row.get(outlet), row.get(original)))
			.contains("reuters"));
	}

	@Test
	void keepsTheVerbatimTextInUtf8AndPointsAtEachClaimsPage() throws Exception {
		String id = jdbc.queryForObject("select cast(id as varchar(20)) from claim where seed_key = 'ap-01'",
				String.class);
		String content = jdbc.queryForObject("select text from claim where seed_key = 'ap-01'", String.class);

		List<String> row = CsvRows.parse(csv("/export/claims.csv").getContentAsString(StandardCharsets.UTF_8)).stream()
			.filter(r -> r.get(0).equals(id))
			.findFirst()
			.orElseThrow();

		assertThat(row.get(ClaimsCsv.COLUMNS.indexOf("content"))).isEqualTo(content);
		assertThat(row.get(ClaimsCsv.COLUMNS.indexOf("url"))).isEqualTo("http://localhost/claims/" + id);
		assertThat(row.get(ClaimsCsv.COLUMNS.indexOf("claimant_id"))).isEqualTo("house-select-committee-ccp");
	}

	@Test
	void startsWithAByteOrderMarkOnlyWhenAskedForExcel() throws Exception {
		byte[] plain = csv("/export/claims.csv?kind=direct-quote").getContentAsByteArray();
		byte[] excel = csv("/export/claims.csv?kind=direct-quote&bom=true").getContentAsByteArray();

		assertThat(plain[0]).isEqualTo((byte) 'i');
		assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(excel.length).isEqualTo(plain.length + 3);
	}

	@Test
	void isADownloadThatIsNeverKeptByThePageCache() throws Exception {
		MockHttpServletResponse response = csv("/export/claims.csv");

		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"claims.csv\"");
		assertThat(response.getHeader("ETag")).isNull();
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getHeader("Content-Security-Policy")).isNotBlank();
	}

	@Test
	void refusesAFilterValueTheListWouldIgnore() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/export/claims.csv?from=2024-13-45")).andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("2024-13-45");
	}

	@Test
	void exportsTheWholeDatasetAsADownloadThatIsNeverKept() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/export/dataset.json")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Content-Disposition")).contains("precursor-dataset.json");
		assertThat(response.getHeader("ETag")).isNull();
		JsonNode dataset = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
		assertThat(dataset.get("claims")).hasSize(jdbc.queryForObject("select count(*) from claim", Integer.class));
		assertThat(dataset.get("supplyChainLinks"))
			.hasSize(jdbc.queryForObject("select count(*) from supply_chain_link", Integer.class));
		assertThat(dataset.get("revisions").get(0).get("author").asString()).isNotBlank();
	}

	@Test
	void theClaimsPageLinksToTheDownloadOfItsOwnFilter() throws Exception {
		String page = mvc.perform(get("/claims?outlet=reuters&kind=direct-quote&page=2")).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("href=\"/export/claims.csv?outlet=reuters&amp;kind=direct-quote\"")
			.contains(">Download CSV<");
	}

	private MockHttpServletResponse csv(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		return response;
	}

}
