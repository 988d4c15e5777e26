package org.precursor.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every public page on the shipped seed dataset, with the counts a reader sees checked against the database:
 * filters are exact, and every cell of the compare matrix leads to exactly the claims it counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesTests {

	private static final Pattern RESULT_COUNT = Pattern.compile("class=\"result-count\"[^>]*>\\s*<strong>(\\d+)</strong>");

	private static final Pattern HEADING = Pattern.compile("<h([1-6])[ >]");

	/** Visible form controls: inputs other than hidden ones and buttons, and selects, by their id. */
	private static final Pattern CONTROL = Pattern.compile("<(?:input(?![^>]*type=\"(?:hidden|submit)\")|select)[^>]*\\sid=\"([^\"]+)\"");

	private static final Pattern MATRIX_CELL = Pattern.compile(
			"<a class=\"cell [^\"]+\" href=\"([^\"]+)\">\\s*[A-Za-z]+\\s*<small>(?:(\\d+) claims?|(\\d+) for, (\\d+) against)</small>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyPublicPageAnswersWithATitleAHeadingAndACanonicalLink() throws Exception {
		for (String page : SeedPages.ALL) {
			String html = html(page);
			assertThat(html).as(page).contains("<link rel=\"canonical\"").containsPattern("<title>[^<]+ — Precursor</title>|<title>Precursor — ");
			assertThat(Pattern.compile("<h1[ >]").matcher(html).results().count()).as(page + " has one h1").isEqualTo(1);
			assertThat(html).as(page).doesNotContain("style=\"").doesNotContain("onclick=").doesNotContainPattern("<script>[^<]");
		}
	}

	@Test
	void everyPublicPageHasHeadingsInOrderAndLabelsForItsControls() throws Exception {
		for (String page : SeedPages.ALL) {
			String html = html(page);
			int previous = 0;
			for (MatchResult heading : HEADING.matcher(html).results().toList()) {
				int level = Integer.parseInt(heading.group(1));
				assertThat(level).as(page + ": h" + level + " after h" + previous).isLessThanOrEqualTo(previous + 1);
				previous = level;
			}
			for (MatchResult control : CONTROL.matcher(html).results().toList()) {
				assertThat(html).as(page + ": label for " + control.group(1)).contains("for=\"" + control.group(1) + "\"");
			}
		}
	}

	/**
	 * Sessions are rows in the database, so a reader must not make one: no public page, diagram data, asset or error
	 * page answers an anonymous reader with a session cookie, and none adds a session.
	 */
	@Test
	void readingThePublicPagesOpensNoSession() throws Exception {
		List<String> addresses = new ArrayList<>(SeedPages.ALL);
		addresses.addAll(List.of("/supply-chain", "/supply-chain/actors/china", "/supply-chain/links/1",
				"/supply-chain/compare?left=actor:dea&right=actor:china-foreign-ministry", "/supply-chain.json",
				"/network", "/network.json", "/css/precursor.css", "/favicon.svg", "/no-such-page", "/actors/nobody"));
		long before = storedSessions();

		for (String address : addresses) {
			assertThat(mvc.perform(get(address)).andReturn().getResponse().getHeaders("Set-Cookie")).as(address)
				.isEmpty();
		}

		assertThat(storedSessions()).isEqualTo(before);
	}

	@Test
	void filteringByAnOutletShowsExactlyTheClaimsItPublishedOrOriginallyReported() throws Exception {
		for (String outlet : jdbc.queryForList("select slug from outlet", String.class)) {
			Integer expected = jdbc.queryForObject("""
					select count(*) from claim c join article a on a.id = c.article_id
					where a.outlet_id = (select id from outlet where slug = ?)
					   or a.original_outlet_id = (select id from outlet where slug = ?)""", Integer.class, outlet,
					outlet);
			assertThat(shownCount("/claims?outlet=" + outlet)).as(outlet).isEqualTo(expected).isPositive();
		}
	}

	@Test
	void filteringByAClaimantWithItsAffiliatesCountsTheWholeAffiliationTree() throws Exception {
		Map<Long, Long> parents = new HashMap<>();
		jdbc.query("select id, parent_id from actor where parent_id is not null",
				row -> { parents.put(row.getLong(1), row.getLong(2)); });
		Long china = jdbc.queryForObject("select id from actor where slug = 'china'", Long.class);
		Set<Long> tree = new HashSet<>(List.of(china));
		parents.keySet().stream().filter(actor -> descendsFrom(actor, china, parents)).forEach(tree::add);
		// A claim counts once when its claimant or any of its joint claimants belongs to the tree.
		Set<Long> made = new HashSet<>();
		jdbc.query("select id, claimant_id from claim union all select claim_id, actor_id from claim_joint_claimant",
				row -> { if (tree.contains(row.getLong(2))) { made.add(row.getLong(1)); } });
		long expected = made.size();

		assertThat(shownCount("/claims?claimant=china&rollup=true")).isEqualTo(expected).isGreaterThan(shownCount("/claims?claimant=china"));
	}

	@Test
	void everyCellOfTheCompareMatrixLeadsToExactlyTheClaimsItCounts() throws Exception {
		for (String compare : List.of("/compare", "/compare?rollup=false")) {
			Matcher cells = MATRIX_CELL.matcher(html(compare));
			List<String> checked = new ArrayList<>();
			while (cells.find()) {
				String evidence = HtmlUtils.htmlUnescape(cells.group(1));
				int counted = cells.group(2) != null ? Integer.parseInt(cells.group(2))
						: Integer.parseInt(cells.group(3)) + Integer.parseInt(cells.group(4));
				assertThat(shownCount(evidence)).as(evidence).isEqualTo(counted);
				checked.add(evidence);
			}
			assertThat(checked).as(compare).hasSizeGreaterThan(5);
		}
	}

	@Test
	void aCountrysPageRollsUpItsAffiliatesClaimsAndMarksThem() throws Exception {
		mvc.perform(get("/actors/china"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rolled up from China’s affiliates")))
			.andExpect(content().string(containsString("Rolled up from an affiliate")))
			.andExpect(content().string(containsString("href=\"/actors/liu-pengyu\"")))
			.andExpect(content().string(containsString("href=\"/claims?outlet=reuters&amp;claimant=china&amp;rollup=true\"")));
	}

	@Test
	void searchingForPrcFindsChina() throws Exception {
		mvc.perform(get("/search?q=PRC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/actors/china\"")))
			.andExpect(content().string(containsString("Also called “<span><mark>PRC</mark></span>”")));
	}

	@Test
	void leavesLinksAsWrittenWhileWebJarsStillResolveWithoutAVersion() throws Exception {
		assertThat(html("/actors")).contains("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")
			.contains("href=\"/actors/china\"");
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
	}

	@Test
	void answersUnknownAddressesWithTheFriendlyNotFoundPage() throws Exception {
		for (String missing : List.of("/actors/nobody", "/claims/999999", "/claims/abc", "/articles/999999",
				"/outlets/nobody", "/propositions/nothing", "/no/such/page")) {
			mvc.perform(get(missing).accept("text/html"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("We couldn’t find that page")))
				.andExpect(content().string(containsString("action=\"/search\"")));
		}
	}

	private long storedSessions() {
		return jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

	private int shownCount(String url) throws Exception {
		Matcher count = RESULT_COUNT.matcher(html(url));
		assertThat(count.find()).as("result count on " + url).isTrue();
		return Integer.parseInt(count.group(1));
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static boolean descendsFrom(Long actor, Long ancestor, Map<Long, Long> parents) {
		for (Long parent = parents.get(actor); parent != null; parent = parents.get(parent)) {
			if (parent.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

}
