package org.precursor.claim;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.ActorRepository;
import org.precursor.actor.Affiliations;
import org.precursor.proposition.Stance;
import org.precursor.web.DataVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed dataset read as if it were large: with "few" set to three claims and breakdowns counted over the newest
 * four, every filter below takes the path a dataset of millions takes (conditions checked along the index of the
 * order, totals from an index, breakdowns over the newest matches). The totals and the pages must be exactly those
 * of the plan for few claims; only the breakdowns may differ, and then they say so.
 */
@SpringBootTest(properties = { "precursor.claims.few-at-most=3", "precursor.claims.sample=4",
		"precursor.network.claims-read=50" })
@AutoConfigureMockMvc
@Transactional
class LargeDatasetPlansTests {

	private static final List<ClaimFilter> FILTERS = List.of(ClaimFilter.none(),
			ClaimFilter.byClaimant("china", true), ClaimFilter.byClaimant("china", false),
			ClaimFilter.byClaimant("house-select-committee-ccp", false), ClaimFilter.byOutlet("reuters"),
			ClaimFilter.none().withAbout("china"), ClaimFilter.none().withQuery("PRC"),
			ClaimFilter.onProposition("china-main-source-of-precursors").withStance(Stance.DISPUTES),
			ClaimFilter.onProposition("china-main-source-of-precursors").sortedBy(ClaimFilter.Sort.OLDEST),
			ClaimFilter.byClaimant("china", true).withOutlet("reuters"));

	@Autowired
	private ClaimSearch asIfLarge;

	@Autowired
	private EntityManager entities;

	@Autowired
	private Affiliations affiliations;

	@Autowired
	private ActorRepository actors;

	@Autowired
	private DataVersion dataVersion;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private org.precursor.proposition.PropositionRepository propositions;

	@Autowired
	private ClaimRepository claims;

	private ClaimSearch asIsSmall() {
		return new ClaimSearch(entities, affiliations, actors, dataVersion, 20_000, 5_000);
	}

	@Test
	void totalsAndPagesAreThoseOfThePlanForFewClaims() {
		assertThat(affiliations.lineageIsCurrent()).as("the tree is read from actor_lineage").isTrue();
		for (ClaimFilter filter : FILTERS) {
			MatchingClaims large = asIfLarge.matching(filter);
			MatchingClaims small = asIsSmall().matching(filter);
			assertThat(large.totals()).as(filter.url()).isEqualTo(small.totals());
			assertThat(large.totals().claims()).as(filter.url()).isPositive();
			for (int page = 1; page <= 2; page++) {
				assertThat(ids(large.page(page, 5))).as(filter.url() + " page " + page)
					.containsExactlyElementsOf(ids(small.page(page, 5)));
			}
		}
	}

	@Test
	void breakdownsOfMoreClaimsThanTheSampleCountTheNewestAndSaySo() {
		MatchingClaims large = asIfLarge.matching(ClaimFilter.byOutlet("reuters"));
		MatchingClaims small = asIsSmall().matching(ClaimFilter.byOutlet("reuters"));

		List<FacetValue> sampled = large.claimantCounts();
		List<FacetValue> exact = small.claimantCounts();

		assertThat(large.breakdownsSampled()).isTrue();
		assertThat(small.breakdownsSampled()).isFalse();
		assertThat(sampled.stream().mapToLong(FacetValue::count).sum()).isEqualTo(4);
		assertThat(exact.stream().mapToLong(FacetValue::count).sum()).isEqualTo(small.totals().claims());
		List<String> newestClaimants = small.page(1, 4).stream().map(card -> card.claimant().slug()).distinct().toList();
		assertThat(sampled).extracting(FacetValue::value).containsExactlyInAnyOrderElementsOf(newestClaimants);
	}

	@Test
	void aPropositionsSidesAreCountedExactlyFromTheIndexOfStances() {
		ClaimFilter onIt = ClaimFilter.onProposition("china-main-source-of-precursors");
		assertThat(asIfLarge.matching(onIt).stanceCounts())
			.containsExactlyInAnyOrderElementsOf(asIsSmall().matching(onIt).stanceCounts());
		assertThat(asIfLarge.matching(onIt).breakdownsSampled()).isFalse();
	}

	@Test
	void theCompareMatrixCountsEachActorAsItsClaimsListDoesAndSaysWhichWereSampled() {
		List<String> chosen = List.of("china", "xi-jinping", "mike-gallagher");
		StanceMatrix large = new ComparingStances(propositions, actors, affiliations, claims, entities, asIfLarge)
			.compare(chosen, true);
		StanceMatrix exact = new ComparingStances(propositions, actors, affiliations, claims, entities, asIsSmall())
			.compare(chosen, true);

		assertThat(large.rows()).extracting(row -> row.actor().slug()).containsExactlyElementsOf(chosen);
		int exactRows = 0;
		for (int i = 0; i < chosen.size(); i++) {
			StanceMatrix.Row row = large.rows().get(i);
			boolean sampled = large.notes().stream().anyMatch(note -> note.startsWith(row.actor().name() + " has more"));
			long counted = row.cells().stream().mapToLong(cell -> cell.supports() + cell.disputes()).sum();
			if (sampled) {
				assertThat(counted).as(row.actor().slug()).isPositive().isLessThanOrEqualTo(2 * 4);
			}
			else {
				assertThat(row.cells()).as(row.actor().slug()).containsExactlyElementsOf(exact.rows().get(i).cells());
				exactRows++;
			}
		}
		assertThat(large.notes()).anyMatch(note -> note.startsWith("China has more claims"));
		assertThat(exactRows).isPositive();
	}

	@Test
	void pagesTellTheReaderWhichCountsWereReadFromTheNewestClaims() throws Exception {
		mvc.perform(get("/actors/china"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("read from the newest")));
		mvc.perform(get("/claims?outlet=reuters"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("the counts below are read from the newest")));
	}

	@Test
	void aNetworkOfMoreClaimsThanItReadsIsDrawnFromTheNewestAndSaysSo() throws Exception {
		for (String path : List.of("/network", "/network?actor=china", "/network?proposition=china-main-source-of-precursors",
				"/network?actor=", "/network?outlet=reuters")) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("drawn from the newest")));
		}
		mvc.perform(get("/network.json?actor=china"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"nodes\"")));
	}

	private static List<Long> ids(List<ClaimCard> cards) {
		return cards.stream().map(ClaimCard::id).toList();
	}

}
