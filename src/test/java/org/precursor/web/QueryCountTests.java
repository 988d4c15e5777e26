package org.precursor.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.precursor.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No page loads its data one row at a time: each issues a small, fixed number of SQL statements on the seed
 * dataset, and pages of the same kind cost the same whether they show five claims or a hundred.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueryCountTests {

	/**
	 * The most statements any public page may issue. The actor page is the costliest: three sections of claims (its
	 * own, its affiliates', those about it), each counted, counted by proposition and read newest first with its
	 * stances and joint claimants, then its alignments (made alone and jointly), outlets and its place in the supply
	 * chain (its links and their evidence). A fixed number whatever the data: no statement per claim or per group.
	 */
	static final int BUDGET = 30;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private SqlStatements statements;

	@Autowired
	private PublicPageCache cache;

	@BeforeEach
	void countStatements() {
		statements = new SqlStatements(entityManagerFactory);
	}

	/** Each page as it costs to render, not as it is served again from the readers' page cache. */
	/**
	 * The statements one page costs to render, not served from the page cache. What is counted once per version of
	 * the data (how many claims there are in all) is counted before, so that no page pays for the others.
	 */
	private long rendering(String page) throws Exception {
		mvc.perform(get("/claims?q=warm-up")).andExpect(status().is2xxSuccessful());
		cache.clear();
		return statements.countDuring(() -> mvc.perform(get(page)).andExpect(status().is2xxSuccessful()));
	}

	@Test
	void theDataOfAnActorsOwnNetworkStaysWithinTheBudget() throws Exception {
		assertThat(rendering("/network.json?actor=china&size=8")).isBetween(1L, (long) BUDGET);
		assertThat(rendering("/network.json?actor=united-states&size=44")).isBetween(1L, (long) BUDGET);
	}

	@Test
	void everyPublicPageStaysWithinTheBudget() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : SeedPages.ALL) {
			counts.put(page, rendering(page));
		}

		assertThat(counts).allSatisfy((page, count) -> assertThat(count).as(page).isBetween(1L, (long) BUDGET));
	}

	@Test
	void pagesOfOneKindCostTheSameWhateverTheyShow() throws Exception {
		assertSameCost("/claims?outlet=reuters", "/claims?outlet=al-jazeera");
		assertSameCost("/claims?claimant=china&rollup=true", "/claims?claimant=united-states&rollup=true");
		assertSameCost("/actors/united-states", "/actors/canada");
		assertSameCost("/actors/liu-pengyu", "/actors/yu-haibin");
		assertSameCost("/propositions/china-cooperates-in-good-faith", "/propositions/cartels-are-terrorist-groups");
		assertSameCost("/outlets/reuters", "/outlets/al-jazeera");
		assertSameCost("/compare", "/compare?actors=china,united-states,canada,mexico,mexican-cartels,xi-jinping,dea,"
				+ "liu-pengyu,mao-ning,house-select-committee-ccp");
	}

	private void assertSameCost(String larger, String smaller) throws Exception {
		long large = rendering(larger);
		long small = rendering(smaller);
		assertThat(large).as(larger + " compared with " + smaller).isEqualTo(small);
	}

}
