package org.precursor.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.precursor.article.Article;
import org.precursor.support.Fixtures;
import org.precursor.support.StandInClaimExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Propose claims" on an article's admin page, as it works without JavaScript: proposing shows the proposals and
 * saves nothing; accepting saves them through the claim form's rules, all chosen rows or none, with the extractor
 * named in the history; refusals stand beside their fields with everything typed kept. The extractor is a stand-in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StandInClaimExtractor.class)
class ProposedClaimsAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationContext context;

	private Article article;

	private String editorName;

	@BeforeEach
	void anArticleWithText() {
		article = Fixtures.in(context).article("Presses seized", StandInClaimExtractor.TEXT);
		editorName = Fixtures.unique("reviewer").replace(' ', '-');
	}

	@Test
	void offersTheArticlesTextToProposeFromBesideTheOrdinaryClaimForm() throws Exception {
		String page = mvc.perform(get("/admin/articles/" + article.getId()).with(editor())).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"propose-form\"", "Customs seized six pill presses", "id=\"new-claim\"",
				"/js/propose-claims.js");
	}

	@Test
	void proposingShowsEachProposalInItsPassageAndSavesNothing() throws Exception {
		long claims = count();

		String page = mvc.perform(post("/admin/articles/" + article.getId() + "/proposals").with(editor()).with(csrf())
			.param("articleText", StandInClaimExtractor.TEXT)).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("The DEA said </span><mark data-passage=\"content\">the presses came from China</mark>")
			.contains("value=\"Drug Enforcement Administration\"")
			.contains("new actor: <strong")
			.contains("unnamed official");
		assertThat(count()).isEqualTo(claims);
	}

	@Test
	void anEmptyTextIsRefusedBesideTheField() throws Exception {
		String page = mvc.perform(post("/admin/articles/" + article.getId() + "/proposals").with(editor()).with(csrf())
			.param("articleText", " ")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"articleText-error\"").contains("Paste the article&#39;s text");
	}

	@Test
	void aTextOverTheLimitIsRefusedWithTheLimit() throws Exception {
		String page = mvc.perform(post("/admin/articles/" + article.getId() + "/proposals").with(editor()).with(csrf())
			.param("articleText", "a".repeat(100_001))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"articleText-error\"").contains("longer than 100,000 characters");
	}

	@Test
	void acceptingMakesClaimsWithTheirPassagesAndCreditsTheExtractorInTheHistory() throws Exception {
		MockHttpServletResponse response = accept("accept-0", reported(), quotedAs("Drug Enforcement Administration"));

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("1 proposed claim added.");
		Map<String, Object> claim = jdbc.queryForMap("select id, passage, content_start, cue, speaker_mention, kind "
				+ "from claim where article_id = ? and text = ?", article.getId(), StandInClaimExtractor.REPORTED);
		assertThat(claim).containsEntry("passage", StandInClaimExtractor.REPORTED_PASSAGE)
			.containsEntry("content_start", 13)
			.containsEntry("cue", "said")
			.containsEntry("speaker_mention", "The DEA")
			.containsEntry("kind", "REPORTED_SPEECH");
		assertThat(jdbc.queryForList("select r.username from revision_info r join claim_aud c on c.rev = r.id "
				+ "where c.id = ?", String.class, claim.get("id")))
			.containsExactly(editorName + " (proposed by the claim extractor)");
		String history = mvc.perform(get("/admin/articles/" + article.getId() + "/claims/" + claim.get("id") + "/edit")
			.with(editor())).andReturn().getResponse().getContentAsString();
		assertThat(history).contains(editorName + " (proposed by the claim extractor)");
	}

	@Test
	void acceptingAllCheckedSavesThemTogetherAndReturnsToTheClaims() throws Exception {
		MockHttpServletResponse response = accept("accept-checked", checked(reported()),
				checked(quotedAs("Drug Enforcement Administration")));

		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/articles/" + article.getId() + "#claims-title");
		assertThat(jdbc.queryForList("select text from claim where article_id = ? order by position", String.class,
				article.getId()))
			.containsExactly(StandInClaimExtractor.REPORTED, StandInClaimExtractor.QUOTED);
	}

	@Test
	void oneRefusedRowSavesNoneAndKeepsWhatWasTyped() throws Exception {
		long claims = count();

		MockHttpServletResponse response = accept("accept-checked", checked(reported()),
				checked(quotedAs("").and("cue", "told reporters")));

		String page = response.getContentAsString();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(page).contains("Nothing was saved yet")
			.contains("Choose who made the claim, or create a new actor.")
			.contains("value=\"told reporters\"")
			.contains("<span data-speaker=\"new\">Speaker: new actor: <strong data-field=\"speakerNameShown\">"
					+ "unnamed official</strong>");
		assertThat(count()).isEqualTo(claims);
	}

	@Test
	void aSpeakerWhoIsNoActorIsCreatedOnlyWhenTheEditorSaysSo() throws Exception {
		String name = Fixtures.unique("Port official");
		long actors = jdbc.queryForObject("select count(*) from actor", Long.class);

		accept("accept-1", reported(), quotedAs(""));
		assertThat(jdbc.queryForObject("select count(*) from actor", Long.class)).isEqualTo(actors);

		accept("accept-1", reported(), quotedAs("").and("newActorName", name).and("newActorType", "PERSON"));
		assertThat(jdbc.queryForObject("select count(*) from claim c join actor a on a.id = c.claimant_id "
				+ "where c.article_id = ? and a.name = ?", Long.class, article.getId(), name)).isEqualTo(1);
	}

	@Test
	void aProposalAlreadyRecordedIsExplainedBesideItsText() throws Exception {
		accept("accept-0", reported());
		long claims = count();

		String page = accept("accept-0", reported()).getContentAsString();

		assertThat(page).contains("This article already records these words by Drug Enforcement Administration")
			.contains("See the recorded claim");
		assertThat(count()).isEqualTo(claims);
	}

	@Test
	void rejectingSetsAProposalAsideAndSavesNothing() throws Exception {
		long claims = count();

		String page = accept("reject-0", reported(), quotedAs("")).getContentAsString();

		assertThat(page).doesNotContain("id=\"proposal-0\"").contains("id=\"proposal-1\"");
		assertThat(count()).isEqualTo(claims);
	}

	@Test
	void acceptingNothingCheckedSaysSo() throws Exception {
		String page = accept("accept-checked", reported()).getContentAsString();

		assertThat(page).contains("No proposal was checked");
	}

	@Test
	void anArticleThatIsGoneIsNotFound() throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/admin/articles/999999999/proposals/accept")
			.with(editor(editorName)).with(csrf()).param("action", "accept-0")
			.param("proposals[0].claim.text", StandInClaimExtractor.REPORTED)
			.param("proposals[0].claim.claimant", "DEA")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(404);
	}

	private MockHttpServletResponse accept(String action, Row... rows) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/articles/" + article.getId() + "/proposals/accept")
			.with(editor(editorName)).with(csrf()).param("action", action);
		for (Row row : rows) {
			row.fields().forEach((field, value) -> request.param("proposals[" + row.index() + "]." + field, value));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static Row reported() {
		return new Row(0, Map.of()).and("claimant", "Drug Enforcement Administration").and("kind", "REPORTED_SPEECH")
			.and("text", StandInClaimExtractor.REPORTED).and("passage", StandInClaimExtractor.REPORTED_PASSAGE)
			.and("cue", "said").and("speakerMention", "The DEA");
	}

	private static Row quotedAs(String claimant) {
		return new Row(1, Map.of("speakerName", "unnamed official", "speakerActor", "")).and("claimant", claimant)
			.and("kind", "DIRECT_QUOTE")
			.and("text", StandInClaimExtractor.QUOTED).and("passage", StandInClaimExtractor.QUOTED_PASSAGE)
			.and("cue", "said").and("speakerMention", "an official");
	}

	private static Row checked(Row row) {
		Map<String, String> fields = new LinkedHashMap<>(row.fields());
		fields.put("checked", "true");
		return new Row(row.index(), fields);
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from claim", Long.class);
	}

	/** One proposal's fields as the review form posts them, under {@code proposals[index].}. */
	private record Row(int index, Map<String, String> fields) {

		Row and(String claimField, String value) {
			Map<String, String> more = new LinkedHashMap<>(fields);
			more.put("claim." + claimField, value);
			return new Row(index, more);
		}

	}

}
