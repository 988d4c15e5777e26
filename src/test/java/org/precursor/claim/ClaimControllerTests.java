package org.precursor.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.Stance;
import org.precursor.web.NotFoundException;
import org.precursor.web.Pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.precursor.support.TestData.aCard;
import static org.precursor.support.TestData.aQuoteCard;
import static org.precursor.support.TestData.disputes;
import static org.precursor.support.TestData.supports;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ClaimController.class)
@AutoConfigureMockMvc(addFilters = false)
class ClaimControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ClaimPages pages;

	@Test
	void showsAQuoteInQuotationMarksAndReportedSpeechWithout() throws Exception {
		givenTheList(ClaimFilter.none(), aQuoteCard(1, "liu-pengyu", "China has the strictest controls",
				disputes("main-source")), aCard(2, "dea", "Illicit fentanyl is made from Chinese chemicals"));

		mvc.perform(get("/claims"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("claims"))
			.andExpect(content().string(containsString("<p>“China has the strictest controls”</p>")))
			.andExpect(content().string(containsString(">Illicit fentanyl is made from Chinese chemicals</p>")))
			.andExpect(content().string(not(containsString("“Illicit fentanyl"))))
			.andExpect(content().string(containsString("Direct quote")))
			.andExpect(content().string(containsString("Reported speech")));
	}

	@Test
	void givesEveryClaimItsArticleOutletsDateAndSides() throws Exception {
		givenTheList(ClaimFilter.none(), aQuoteCard(7, "liu-pengyu", "Words", disputes("main-source")));

		mvc.perform(get("/claims"))
			.andExpect(content().string(containsString("href=\"/articles/2\"")))
			.andExpect(content().string(containsString("href=\"/outlets/ap\"")))
			.andExpect(content().string(containsString(", republished by")))
			.andExpect(content().string(containsString("href=\"/outlets/unidentified-blog\"")))
			.andExpect(content().string(containsString("c. Dec 2018, inferred")))
			.andExpect(content().string(containsString("href=\"/propositions/main-source\"")))
			.andExpect(content().string(containsString("href=\"/claims/7\"")));
	}

	static Stream<Arguments> filtersAloneAndCombined() {
		ClaimFilter none = ClaimFilter.none();
		return Stream.of(Arguments.of("outlet=ap", none.withOutlet("ap")),
				Arguments.of("outlet=ap&outlet=reuters", none.withOutlet("ap").withOutlet("reuters")),
				Arguments.of("claimant=china", none.withClaimant("china", false)),
				Arguments.of("claimant=china&rollup=true", none.withClaimant("china", true)),
				Arguments.of("about=united-states", none.withAbout("united-states")),
				Arguments.of("proposition=main-source", none.withProposition("main-source")),
				Arguments.of("stance=supports", none.withStance(Stance.SUPPORTS)),
				Arguments.of("kind=unnamed-source", none.withKind(ClaimKind.UNNAMED_SOURCE)),
				Arguments.of("from=2024-01-01", none.withDates(LocalDate.of(2024, 1, 1), null)),
				Arguments.of("to=2024-06-30", none.withDates(null, LocalDate.of(2024, 6, 30))),
				Arguments.of("q=PRC", none.withQuery("PRC")),
				Arguments.of("sort=oldest", none.sortedBy(ClaimFilter.Sort.OLDEST)),
				Arguments.of("page=2", none.atPage(2)),
				Arguments.of("outlet=reuters&claimant=china&rollup=true&about=united-states&proposition=main-source"
						+ "&stance=disputes&kind=direct-quote&from=2024-01-01&to=2024-12-31&q=fentanyl",
						none.withOutlet("reuters").withClaimant("china", true).withAbout("united-states")
							.withProposition("main-source").withStance(Stance.DISPUTES)
							.withKind(ClaimKind.DIRECT_QUOTE)
							.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
							.withQuery("fentanyl")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filtersAloneAndCombined")
	void passesEachFilterAloneAndCombinedToTheSearch(String query, ClaimFilter expected) throws Exception {
		givenTheList(expected, aCard(1, "china", "Words"));

		mvc.perform(get("/claims?" + query)).andExpect(status().isOk());

		ArgumentCaptor<ClaimFilter> asked = ArgumentCaptor.forClass(ClaimFilter.class);
		verify(pages).list(asked.capture(), eq(ClaimController.PAGE_SIZE));
		assertThat(asked.getValue()).isEqualTo(expected);
	}

	@Test
	void showsTheFiltersInForceEachWithALinkThatRemovesIt() throws Exception {
		ClaimFilter filter = ClaimFilter.byOutlet("reuters").withClaimant("china", true);
		givenTheList(filter, List.of(new ActiveFilter("Outlet: Reuters", filter.withoutOutlet("reuters").url()),
				new ActiveFilter("Claimant: China and its affiliates", filter.withClaimant(null, false).url())),
				aCard(1, "liu-pengyu", "Words"));

		mvc.perform(get("/claims?outlet=reuters&claimant=china&rollup=true"))
			.andExpect(content().string(containsString("Outlet: Reuters")))
			.andExpect(content().string(containsString("href=\"/claims?claimant=china&amp;rollup=true\"")))
			.andExpect(content().string(containsString("href=\"/claims?outlet=reuters\"")))
			.andExpect(content().string(containsString("Rolled up: includes the claims of")))
			.andExpect(content().string(containsString("Rolled up from an affiliate")))
			.andExpect(content().string(containsString("<title>Claims — Outlet: Reuters; Claimant: China and its affiliates — Precursor</title>")));
	}

	@Test
	void offersFacetsWithTheirCountsAsFormControls() throws Exception {
		givenTheList(ClaimFilter.byOutlet("ap"), aCard(1, "china", "Words"));

		mvc.perform(get("/claims?outlet=ap"))
			.andExpect(content().string(containsString("id=\"facet-outlet-ap\" checked")))
			.andExpect(content().string(containsString("Associated Press")))
			.andExpect(content().string(containsString("<option value=\"china\">China (12)</option>")))
			.andExpect(content().string(containsString("Main source (3)")))
			.andExpect(content().string(containsString("counts for both")));
	}

	@Test
	void redirectsAFormSubmittedWithBlankFieldsToTheShortAddress() throws Exception {
		mvc.perform(get("/claims?q=&outlet=ap&claimant=&stance=&kind=&from=&to=&sort=newest"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/claims?outlet=ap"));

		verify(pages, never()).list(any(), eq(ClaimController.PAGE_SIZE));
	}

	@Test
	void answersHtmxWithTheResultsAndTheAddressToShow() throws Exception {
		givenTheList(ClaimFilter.byOutlet("ap"), aCard(1, "china", "Words"));

		mvc.perform(get("/claims?q=&outlet=ap").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Push-Url", "/claims?outlet=ap"))
			.andExpect(header().string("Vary", "HX-Request"))
			.andExpect(content().string(containsString("<title>")))
			.andExpect(content().string(containsString("id=\"claim-browser\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void givesHtmxTheWholePageWhenItRestoresHistory() throws Exception {
		givenTheList(ClaimFilter.none(), aCard(1, "china", "Words"));

		mvc.perform(get("/claims").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void explainsIgnoredValuesAndEmptyResults() throws Exception {
		ClaimFilter filter = ClaimFilter.parse(new LinkedMultiValueMap<>(Map.of("stance", List.of("endorses"))));
		given(pages.list(any(), eq(ClaimController.PAGE_SIZE))).willReturn(page(filter, List.of(), List.of(), filter.ignored()));

		mvc.perform(get("/claims?stance=endorses"))
			.andExpect(content().string(containsString("is not “supports” or “disputes”")))
			.andExpect(content().string(containsString("No claims match these filters")));
	}

	@Test
	void showsOneClaimWithThoseAgreeingAndDisputing() throws Exception {
		ClaimCard claim = aQuoteCard(5, "liu-pengyu", "China has the strictest controls", disputes("main-source"));
		given(pages.show(5L)).willReturn(new ClaimPage(claim, List.of(new ActorRef("china", "China")),
				List.of(ClaimPage.Debate.of(claim.stances().get(0),
						new ClaimPage.Debate.Side(List.of(aCard(6, "mao-ning", "Agreeing words", disputes("main-source"))), 1),
						new ClaimPage.Debate.Side(List.of(aCard(7, "dea", "Disputing words", supports("main-source"))), 2)))));

		mvc.perform(get("/claims/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“China has the strictest controls”")))
			.andExpect(content().string(containsString("Agreeing words")))
			.andExpect(content().string(containsString("Disputing words")))
			.andExpect(content().string(not(containsString("More disputing words"))))
			.andExpect(content().string(containsString("href=\"/claims?proposition=main-source&amp;stance=supports\"")))
			.andExpect(content().string(containsString("Claims that also")))
			.andExpect(content().string(containsString("href=\"/actors/china\"")))
			.andExpect(content().string(containsString("Inferred from the G20.")));
	}

	@Test
	void answersAnUnknownClaimWithTheFriendlyNotFoundPage() throws Exception {
		given(pages.show(999L)).willThrow(new NotFoundException("There is no claim number 999."));

		mvc.perform(get("/claims/999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no claim number 999.")))
			.andExpect(content().string(containsString("action=\"/search\"")));
	}

	@Test
	void answersAClaimNumberThatIsNotANumberWithNotFound() throws Exception {
		mvc.perform(get("/claims/not-a-number")).andExpect(status().isNotFound());
	}

	private void givenTheList(ClaimFilter filter, ClaimCard... cards) {
		givenTheList(filter, List.of(), cards);
	}

	private void givenTheList(ClaimFilter filter, List<ActiveFilter> active, ClaimCard... cards) {
		given(pages.list(any(), eq(ClaimController.PAGE_SIZE))).willReturn(page(filter, List.of(cards), active, List.of()));
	}

	private static ClaimListPage page(ClaimFilter filter, List<ClaimCard> cards, List<ActiveFilter> active,
			List<String> notes) {
		return new ClaimListPage(filter, cards, Pagination.of(1, 20, cards.size(), number -> filter.atPage(number).url()),
				List.of(new FacetValue("ap", "Associated Press", 31, filter.hasOutlet("ap")),
						new FacetValue("reuters", "Reuters", 143, filter.hasOutlet("reuters"))),
				List.of(new FacetValue("china", "China", 12, false)), List.of(),
				List.of(new FacetValue("main-source", "Main source", 3, false)),
				active, notes, filter.rollup() ? "China" : null, filter.rollup() ? 23 : 0, 0);
	}

}
