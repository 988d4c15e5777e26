package org.precursor.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The schema.org JSON-LD in the pages' heads parses and names the right types: a claim's page a {@code Claim} by its
 * claimant appearing in a {@code NewsArticle}, an article's page a {@code NewsArticle}, an actor's page the type of
 * party it is; and each claim page offers a citation with everything a reference needs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StructuredDataTests {

	private static final Pattern JSON_LD = Pattern.compile(
			"<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aClaimPageDescribesTheClaimItsAuthorAndWhereItAppeared() throws Exception {
		long id = jdbc.queryForObject("select id from claim where seed_key = 'ap-01'", Long.class);
		String content = jdbc.queryForObject("select text from claim where id = ?", String.class, id);
		String title = jdbc.queryForObject("select a.title from article a join claim c on c.article_id = a.id"
				+ " where c.id = ?", String.class, id);

		JsonNode claim = jsonLd("/claims/" + id);

		assertThat(claim.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(claim.get("@type").asString()).isEqualTo("Claim");
		assertThat(claim.get("url").asString()).isEqualTo("http://localhost/claims/" + id);
		assertThat(claim.get("text").asString()).isEqualTo(content);
		assertThat(claim.get("author").get("name").asString()).isEqualTo("House Select Committee on the CCP");
		assertThat(claim.get("author").get("@type").asString()).isEqualTo("GovernmentOrganization");
		assertThat(claim.get("appearance").get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(claim.get("appearance").get("headline").asString()).isEqualTo(title);
		assertThat(claim.get("datePublished").asString()).matches("\\d{4}-\\d{2}(-\\d{2})?");
		assertThat(claim.get("about")).isNotEmpty();
	}

	@Test
	void anArticlePageDescribesANewsArticle() throws Exception {
		long id = jdbc.queryForObject("select min(id) from article", Long.class);

		JsonNode article = jsonLd("/articles/" + id);

		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(article.get("headline").asString())
			.isEqualTo(jdbc.queryForObject("select title from article where id = ?", String.class, id));
		assertThat(article.get("publisher").get("@type").asString()).isEqualTo("Organization");
		assertThat(article.get("mainEntityOfPage").asString()).isEqualTo("http://localhost/articles/" + id);
	}

	@Test
	void anActorPageNamesTheKindOfPartyItIs() throws Exception {
		assertThat(jsonLd("/actors/china").get("@type").asString()).isEqualTo("Country");
		assertThat(jsonLd("/actors/dea").get("@type").asString()).isEqualTo("GovernmentOrganization");
		JsonNode person = jsonLd("/actors/liu-pengyu");
		assertThat(person.get("@type").asString()).isEqualTo("Person");
		assertThat(person.get("name").asString()).isEqualTo("Liu Pengyu");
		assertThat(person.get("affiliation").get("name").asString()).isNotBlank();
	}

	@Test
	void aClaimPageOffersAPermalinkAndAReadyCitation() throws Exception {
		long id = jdbc.queryForObject("select id from claim where seed_key = 'ap-01'", Long.class);
		String html = mvc.perform(get("/claims/" + id)).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Cite this claim")
			.contains(">http://localhost/claims/" + id + "<")
			.contains("House Select Committee on the CCP, ")
			.contains("Precursor, claim " + id + ", http://localhost/claims/" + id)
			.containsPattern("\\(accessed <time data-access-date datetime=\"\\d{4}-\\d{2}-\\d{2}\">")
			.contains("/js/cite-claim.js");
	}

	private JsonNode jsonLd(String path) throws Exception {
		String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		Matcher block = JSON_LD.matcher(html);
		assertThat(block.find()).as("JSON-LD on " + path).isTrue();
		return JsonMapper.builder().build().readTree(block.group(1));
	}

}
