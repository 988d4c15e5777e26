package org.precursor.export;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.precursor.actor.Actor;
import org.precursor.article.Article;
import org.precursor.article.Outlet;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimKind;
import org.precursor.claim.ClaimSearch;
import org.precursor.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.TestData.aClaim;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.anArticle;
import static org.precursor.support.TestData.anOutlet;

/**
 * The claims export on every supported database: all matching claims in the list's order, read in batches from one
 * statement, the text exactly as stored, Chinese and line breaks included.
 */
@DatabaseTest
abstract class ClaimsCsvContractTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ClaimSearch search;

	@Autowired
	private ClaimsCsv csv;

	@BeforeEach
	void buildTheWorld() {
		Outlet outlet = entities.persist(anOutlet("Csv Daily"));
		Actor ministry = entities.persist(aCountry("Csvland"));
		for (int day = 1; day <= 5; day++) {
			Article article = entities.persist(anArticle(outlet, "Day " + day, LocalDate.of(2024, 3, day)));
			Claim claim = aClaim(article, ministry, ClaimKind.REPORTED_SPEECH,
					day == 3 ? "中方坚决反对, \"所谓\"\n芬太尼" : "Claim of day " + day);
			entities.persist(claim);
		}
		entities.flush();
		entities.clear();
	}

	@Test
	void readsEveryMatchingClaimInBatchesInTheListsOrder() {
		List<Integer> sizes = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		search.matching(ClaimFilter.byOutlet("csv-daily")).forEachBatch(2, 10_000, batch -> {
			sizes.add(batch.size());
			batch.stream().map(ClaimCard::text).forEach(texts::add);
		});

		assertThat(sizes).containsExactly(2, 2, 1);
		assertThat(texts).isEqualTo(search.matching(ClaimFilter.byOutlet("csv-daily")).page(1, 10).stream()
			.map(ClaimCard::text)
			.toList());
		assertThat(texts.get(0)).isEqualTo("Claim of day 5");
	}

	@Test
	void writesTheTextAsStoredWithQuotingARoundTripRestores() throws Exception {
		StringWriter out = new StringWriter();
		csv.write(ClaimFilter.byOutlet("csv-daily").sortedBy(ClaimFilter.Sort.OLDEST), out);

		List<List<String>> rows = CsvRows.parse(out.toString());
		assertThat(rows).hasSize(6);
		assertThat(rows.get(3).get(ClaimsCsv.COLUMNS.indexOf("content"))).isEqualTo("中方坚决反对, \"所谓\"\n芬太尼");
		assertThat(rows.get(1).get(ClaimsCsv.COLUMNS.indexOf("date"))).isEqualTo("2024-03-01");
		assertThat(rows.get(1).get(ClaimsCsv.COLUMNS.indexOf("outlet"))).isEqualTo("Csv Daily");
	}

}
