package org.precursor.claim;

import java.util.ArrayList;
import java.util.List;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actor page's summary, the proposition page's coverage by outlet, the article page's speakers, the count of an
 * actor's affiliates and the claimant counts, on the seeded application: each says what the claims list says when
 * filtered the same way.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesThatCountAlikeTests {

	private static final Pattern COVERAGE_CELL = Pattern.compile(
			"<td class=\"(supports|disputes)\"><a href=\"([^\"]+)\">(\\d+)</a>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aPropositionsCoverageByOutletCountsWhatTheClaimsListShowsForThatOutletAndSide() throws Exception {
		String page = html("/propositions/china-main-source-of-precursors");
		assertThat(page).contains("Which outlets carried each side");

		Matcher cell = COVERAGE_CELL.matcher(page);
		List<String> checked = new ArrayList<>();
		while (cell.find()) {
			String list = HtmlUtils.htmlUnescape(cell.group(2));
			assertThat(list).contains("proposition=china-main-source-of-precursors").contains("stance=" + cell.group(1))
				.contains("outlet=");
			assertThat(total(list)).as(list).isEqualTo(Long.parseLong(cell.group(3)));
			checked.add(list);
		}
		assertThat(checked).as("coverage cells").hasSizeGreaterThan(2)
			.anyMatch(list -> list.contains("stance=supports")).anyMatch(list -> list.contains("stance=disputes"));
	}

	@Test
	void theLongestArticleGroupsItsClaimsBySpeakerWithoutRepeatingItselfOnEachClaim() throws Exception {
		long article = jdbc.queryForObject(
				"select article_id from claim group by article_id order by count(*) desc, article_id limit 1", Long.class);
		long claims = jdbc.queryForObject("select count(*) from claim where article_id = ?", Long.class, article);
		long speakers = jdbc.queryForObject("select count(distinct claimant_id) from claim where article_id = ?",
				Long.class, article);

		String page = html("/articles/" + article);

		Matcher group = Pattern.compile("<details class=\"speaker-group\"[^>]*>\\s*<summary class=\"group-heading\">"
				+ "<span>[^<]+</span>\\s*<span class=\"count\">(\\d+) claims?</span>").matcher(page);
		long grouped = 0;
		int groups = 0;
		while (group.find()) {
			groups++;
			grouped += Long.parseLong(group.group(1));
		}
		assertThat(groups).isEqualTo(speakers);
		assertThat(grouped).isEqualTo(claims);
		assertThat(page).as("the article's title on each claim").doesNotContain("class=\"claim-article\"");
		assertThat(count(page, "class=\"claim-permalink\"")).isEqualTo(claims);
	}

	@Test
	void anActorHasOneCountOfAffiliatesOnItsPageAndInTheClaimsList() throws Exception {
		long affiliates = jdbc.queryForObject("""
				with recursive tree(id) as (select id from actor where slug = 'china'
				  union all select a.id from actor a join tree t on a.parent_id = t.id)
				select count(*) - 1 from tree""", Long.class);

		String page = html("/actors/china");
		Matcher shown = Pattern.compile("class=\"[^\"]*affiliates-total[^\"]*\">(\\d+)<").matcher(page);
		int places = 0;
		while (shown.find()) {
			places++;
			assertThat(Long.parseLong(shown.group(1))).isEqualTo(affiliates);
		}
		assertThat(places).as("places the actor page counts its affiliates").isEqualTo(2);
		assertThat(html("/claims?claimant=china&rollup=true"))
			.containsPattern("includes the claims of\\s*<strong>" + affiliates + "</strong>");
	}

	@Test
	void theClaimantCountsAddUpToTheClaimsListedAndSaySoWhileAJointClaimantsListHoldsItsJointStatements()
			throws Exception {
		String list = html("/claims?outlet=reuters");
		Matcher facet = Pattern.compile("<select class=\"form-select form-select-sm\" id=\"facet-claimant\"(.*?)</select>",
				Pattern.DOTALL).matcher(list);
		assertThat(facet.find()).isTrue();
		Matcher option = Pattern.compile("<option value=\"[^\"]+\"[^>]*>[^<]*\\((\\d+)\\)</option>").matcher(facet.group(1));
		long sum = 0;
		while (option.find()) {
			sum += Long.parseLong(option.group(1));
		}
		assertThat(sum).isEqualTo(total("/claims?outlet=reuters"));
		assertThat(list).contains("a statement several made together counts for the claimant named first");

		String joint = jdbc.queryForObject("select a.slug from claim_joint_claimant j join actor a on a.id = j.actor_id"
				+ " order by a.slug limit 1", String.class);
		long asFirst = jdbc.queryForObject(
				"select count(*) from claim c join actor a on a.id = c.claimant_id where a.slug = ?", Long.class, joint);
		assertThat(total("/claims?claimant=" + joint)).isGreaterThan(asFirst);
	}

	@Test
	void eachSideOfEachPropositionCountsWhatTheClaimsListShows() throws Exception {
		String page = html("/actors/china");
		Matcher row = Pattern.compile("<tr data-proposition=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
		int rows = 0;
		while (row.find()) {
			rows++;
			String proposition = row.group(1);
			Matcher counts = Pattern.compile("<span class=\"bar-count\">([^<]*)</span>").matcher(row.group(2));
			assertThat(counts.find()).isTrue();
			assertSides(counts.group(1), "/claims?claimant=china&rollup=true&proposition=" + proposition);
			assertThat(counts.find()).isTrue();
			assertSides(counts.group(1), "/claims?about=china&proposition=" + proposition);
		}
		assertThat(rows).isBetween(1, ActorSummary.PROPOSITIONS);
	}

	@Test
	void theTimelineCountsEveryDatedClaimTheActorMadeAndLinksEachBarToItsClaims() throws Exception {
		String page = html("/actors/china");
		Matcher bar = Pattern.compile("<a href=\"([^\"]+)\" data-claims=\"(\\d+)\">").matcher(page);
		long drawn = 0;
		while (bar.find()) {
			long claims = Long.parseLong(bar.group(2));
			drawn += claims;
			assertThat(total(bar.group(1).replace("&amp;", "&"))).as(bar.group(1)).isEqualTo(claims);
		}
		assertThat(drawn).isPositive().isEqualTo(total("/claims?claimant=china&rollup=true"));
	}

	@Test
	void foldsEachPropositionsClaimsUnderItsHeadingAndCountOpeningOnlyTheFirst() throws Exception {
		String page = html("/actors/china");

		int groups = count(page, "<details class=\"claim-group\"");
		assertThat(groups).isGreaterThan(3);
		// the first group of each of the three sections opens
		assertThat(count(page, "<details class=\"claim-group\" open=\"open\"")).isEqualTo(3);
		assertThat(page).containsPattern("<summary class=\"group-heading\">\\s*<span>[^<]+</span>\\s*"
				+ "<span class=\"count\">\\d+ claims?</span>");
	}

	private void assertSides(String shown, String list) throws Exception {
		long supports = total(list + "&stance=supports");
		long disputes = total(list + "&stance=disputes");
		assertThat(shown).as(list).isEqualTo(supports + disputes == 0 ? "—"
				: supports + " supporting, " + disputes + " disputing");
	}

	private long total(String list) throws Exception {
		Matcher total = Pattern.compile("<p class=\"result-count\" role=\"status\">\\s*<strong>(\\d+)</strong>")
			.matcher(html(list));
		assertThat(total.find()).as("count on " + list).isTrue();
		return Long.parseLong(total.group(1));
	}

	private String html(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static int count(String text, String fragment) {
		return text.split(Pattern.quote(fragment), -1).length - 1;
	}

}
