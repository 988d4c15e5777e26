package org.precursor.feed;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The feeds on the seed dataset: valid Atom, the right claims, and announced by the pages they follow. */
@SpringBootTest
@AutoConfigureMockMvc
class FeedTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theSitesFeedHoldsTheFiftyClaimsMostRecentlyAdded() throws Exception {
		Element feed = feed("/feed.atom");

		AtomDocuments.assertValid(feed);
		List<Element> entries = AtomDocuments.children(feed, "entry");
		assertThat(entries).hasSize(AtomFeed.ENTRIES);
		long newest = jdbc.queryForObject("select max(id) from claim", Long.class);
		assertThat(AtomDocuments.text(entries.get(0), "id")).isEqualTo("http://localhost/claims/" + newest);
	}

	@Test
	void anActorsFeedHoldsOnlyItsClaims() throws Exception {
		int made = jdbc.queryForObject("""
				select count(*) from claim c join actor a on a.id = c.claimant_id where a.slug = 'dea'""", Integer.class);

		Element feed = feed("/feeds/actors/dea.atom");

		AtomDocuments.assertValid(feed);
		List<Element> entries = AtomDocuments.children(feed, "entry");
		assertThat(entries).hasSize(Math.min(made, AtomFeed.ENTRIES)).isNotEmpty();
		entries.forEach(entry -> assertThat(AtomDocuments.children(entry, "author").get(0).getTextContent())
			.contains("/actors/dea"));
	}

	@Test
	void propositionAndOutletFeedsAreValid() throws Exception {
		Element proposition = feed("/feeds/propositions/china-main-source-of-precursors.atom");
		AtomDocuments.assertValid(proposition);
		assertThat(AtomDocuments.children(proposition, "entry")).isNotEmpty();
		AtomDocuments.children(proposition, "entry").forEach(entry -> assertThat(
				AtomDocuments.children(entry, "category").stream().map(category -> category.getAttribute("term")))
			.anyMatch(term -> term.startsWith("china-main-source-of-precursors:")));

		Element outlet = feed("/feeds/outlets/reuters.atom");
		AtomDocuments.assertValid(outlet);
		assertThat(AtomDocuments.children(outlet, "entry")).isNotEmpty();
	}

	@Test
	void aFeedOfNothingIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/feeds/actors/nobody.atom")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/feeds/outlets/nobody.atom")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void pagesAnnounceTheirFeeds() throws Exception {
		assertThat(page("/actors/dea")).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/actors/dea.atom\"");
		assertThat(page("/outlets/reuters")).contains("href=\"/feeds/outlets/reuters.atom\"");
		assertThat(page("/propositions/china-main-source-of-precursors"))
			.contains("href=\"/feeds/propositions/china-main-source-of-precursors.atom\"");
		assertThat(page("/")).contains("type=\"application/atom+xml\" title=\"Precursor: the newest claims\" href=\"/feed.atom\"");
	}

	@Test
	void aFeedIsKeptAndAnswersConditionalRequests() throws Exception {
		String etag = mvc.perform(get("/feed.atom")).andReturn().getResponse().getHeader("ETag");

		assertThat(etag).isNotBlank();
		assertThat(mvc.perform(get("/feed.atom").header("If-None-Match", etag)).andReturn().getResponse().getStatus())
			.isEqualTo(304);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private Element feed(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		return AtomDocuments.parse(response.getContentAsString());
	}

}
