package org.precursor.supplychain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The supply-chain pages on the seeded application, as a reader without JavaScript gets them. */
@SpringBootTest
@AutoConfigureMockMvc
class SupplyChainPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void listsEverySeededLinkAndPointsTheDiagramAtTheSameLinks() throws Exception {
		String page = html("/supply-chain");

		assertThat(count(page, "<tr data-link-id=\"")).isEqualTo(linkCount());
		assertThat(page).contains("data-src=\"/supply-chain.json?page=1\"")
			.contains("Links 1–" + linkCount() + " of " + linkCount());
	}

	@Test
	void showsTheChainAsOneClaimantDescribesIt() throws Exception {
		String page = html("/supply-chain?claimant=china-foreign-ministry");

		assertThat(page).contains("data-link-id=\"" + linkId("fentanyl-from-china-by-mail") + "\"")
			.doesNotContain("data-link-id=\"" + linkId("precursors-to-mexican-cartels") + "\"")
			.contains(">This source</th>")
			.contains("badge-disputes")
			.contains("data-src=\"/supply-chain.json?claimant=china-foreign-ministry&amp;page=1\"");
	}

	@Test
	void filtersByWhatMovesAndStage() throws Exception {
		String page = html("/supply-chain?moves=PILL_PRESSES&stage=TRAFFICKING");

		assertThat(count(page, "<tr data-link-id=\"")).isEqualTo(1);
		assertThat(page).contains("data-link-id=\"" + linkId("pill-presses-from-china") + "\"");
	}

	@Test
	void showsEachClaimWithItsClaimantOutletAndDateQuotingOnlyDirectQuotes() throws Exception {
		String page = html("/supply-chain/links/" + linkId("fentanyl-from-china-by-mail"));

		assertThat(page).contains("<blockquote>It is very clear that there is no fentanyl problem in China, and the fentanyl crisis")
			.contains("<p class=\"reported\">Currently, China remains the primary origin of fentanyl")
			.contains(">Drug Enforcement Administration</a>")
			.contains(">Associated Press</a>, republished by")
			.contains("c. Nov 2023, inferred")
			.contains("Asserted by <span>1 claim</span>")
			.contains("Disputed by <span>2 claims</span>");
	}

	@Test
	void answersHtmxWithTheEvidencePanelAlone() throws Exception {
		String panel = mvc.perform(get("/supply-chain/links/" + linkId("precursors-to-mexican-cartels"))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(panel).doesNotContain("<html").doesNotContain("<nav").contains("class=\"evidence-content\"")
			.contains("rejects Washington’s assertion that it’s the world’s No. 1 source of fentanyl precursors");
	}

	@Test
	void answersAnUnknownLinkWithTheFriendlyNotFoundPage() throws Exception {
		String page = mvc.perform(get("/supply-chain/links/999999"))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("We couldn’t find that page").contains("no supply-chain link number 999999");
	}

	@Test
	void showsAPlacesLinksThroughTheActorFragment() throws Exception {
		String page = html("/supply-chain/actors/us-southern-border");

		assertThat(page).contains("id=\"supply-chain-heading\">Place in the supply chain</h2>")
			.contains("is a node in\n      <span>2 links</span>")
			.contains("data-link-id=\"" + linkId("fentanyl-across-the-southern-border") + "\"");
	}

	@Test
	void saysWhenAnActorHasNoPlaceInTheChain() throws Exception {
		assertThat(html("/supply-chain/actors/zooey")).contains("No supply-chain link in the dataset runs to or from");
	}

	@Test
	void comparesTheSourceThatAssertsMostWithTheOneThatDisputesMostByDefault() throws Exception {
		String page = html("/supply-chain/compare");

		assertThat(page).contains("As United States describes it").contains("As China describes it")
			.contains("data-src=\"/supply-chain.json?claimant=united-states\"");
	}

	@Test
	void comparesTwoChosenPerspectivesLinkByLink() throws Exception {
		String page = html("/supply-chain/compare?left=actor:dea&right=actor:china-foreign-ministry");

		assertThat(page).contains("As Drug Enforcement Administration describes it")
			.contains("As Ministry of Foreign Affairs of China describes it")
			.containsPattern("<option value=\"actor:dea\"\\s+selected=\"selected\">");
		String row = row(page, linkId("fentanyl-from-china-by-mail"));
		assertThat(row).contains("badge-supports").contains("badge-disputes")
			.contains("The root cause of the drug epidemic in the U.S. lies in the U.S. itself");
	}

	@Test
	void comparesAClaimantWithAnOutlet() throws Exception {
		assertThat(html("/supply-chain/compare?left=outlet:reuters&right=actor:china"))
			.contains("As Reuters describes it").contains("data-src=\"/supply-chain.json?outlet=reuters\"");
	}

	@Test
	void answersAnUnknownPerspectiveWithNotFound() throws Exception {
		mvc.perform(get("/supply-chain/compare?left=actor:nobody&right=actor:dea")).andExpect(status().isNotFound());
		mvc.perform(get("/supply-chain?claimant=nobody")).andExpect(status().isNotFound());
	}

	@Test
	void showsTheSameLinksOnTheMapWithTheFilterKeptAcrossTheTwoViews() throws Exception {
		String page = html("/supply-chain/map?moves=FENTANYL");

		assertThat(page).contains("id=\"geo-map\"")
			.contains("data-src=\"/supply-chain.json?moves=FENTANYL&amp;page=1\"")
			.contains("data-base-map=\"/geo/pacific-110m.json\"")
			.contains("href=\"/supply-chain?moves=FENTANYL\"")
			.contains("action=\"/supply-chain/map\"")
			.contains("/js/supply-chain-map.js")
			.doesNotContain("id=\"chain-diagram\"");
		assertThat(count(page, "<tr data-link-id=\"")).isEqualTo(jdbc.queryForObject(
				"select count(*) from supply_chain_link where moves = 'FENTANYL'", Integer.class));
		assertThat(html("/supply-chain?moves=FENTANYL")).contains("href=\"/supply-chain/map?moves=FENTANYL\"")
			.contains("id=\"chain-diagram\"");
	}

	@Test
	void servesTheBaseMapFromTheSiteItself() throws Exception {
		String map = mvc.perform(get("/geo/pacific-110m.json")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(map).startsWith("{\"type\":\"FeatureCollection\"")
			.contains("\"name\":\"China\"", "\"name\":\"Canada\"", "\"name\":\"Mexico\"",
					"\"name\":\"United States of America\"");
	}

	@Test
	void keepsScriptsAndStylesOutOfTheMarkup() throws Exception {
		for (String path : new String[] { "/supply-chain", "/supply-chain/map", "/supply-chain/compare",
				"/supply-chain/links/" + linkId("precursors-to-mexican-cartels"), "/supply-chain/actors/china" }) {
			String page = html(path);
			assertThat(page).as(path).doesNotContain(" style=").doesNotContain(" onclick=").doesNotContain("<style");
			assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(page).find()).as(path + " inline script")
				.isFalse();
		}
	}

	private String html(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long linkCount() {
		return jdbc.queryForObject("select count(*) from supply_chain_link", Long.class);
	}

	private long linkId(String seedKey) {
		return jdbc.queryForObject("select id from supply_chain_link where seed_key = ?", Long.class, seedKey);
	}

	private static String row(String page, long linkId) {
		int start = page.indexOf("<tr data-link-id=\"" + linkId + "\"");
		assertThat(start).as("row of link " + linkId).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static int count(String text, String fragment) {
		Matcher matcher = Pattern.compile(Pattern.quote(fragment)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
