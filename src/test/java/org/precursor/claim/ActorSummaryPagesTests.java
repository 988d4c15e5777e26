package org.precursor.claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The summary at the top of a seeded actor page says what the claims list says, filtered the same way. */
@SpringBootTest
@AutoConfigureMockMvc
class ActorSummaryPagesTests {

	@Autowired
	private MockMvc mvc;

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
