package org.precursor.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loads the shipped seed dataset the way the application does and checks its integrity. Subclasses run it on
 * H2 and on PostgreSQL. Tests commit for real (no test transaction) so that the importer's own transaction
 * decides what stays, as it does at start-up.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(SeedImporter.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class SeedImportContractTests {

	private static final List<String> TABLES = List.of("claim_stance", "claim_about", "claim", "article",
			"actor_alias", "actor", "outlet", "proposition", "seed_import");

	private final ResourceLoader resources = new DefaultResourceLoader();

	@Autowired
	private SeedImporter importer;

	@Autowired
	private JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@AfterEach
	void emptyDatabase() {
		jdbc.update("update actor set parent_id = null");
		TABLES.forEach(table -> jdbc.update("delete from " + table));
	}

	@Test
	void loadsEveryRowOfTheShippedDataset() {
		SeedDataset dataset = SeedDataset.read(resources, SeedDataset.DEFAULT_LOCATION);

		assertThat(importer.importOnce("test", dataset)).isTrue();

		assertThat(count("outlet")).isEqualTo(dataset.outlets().rows().size());
		assertThat(count("article")).isEqualTo(dataset.articles().rows().size()).isGreaterThanOrEqualTo(7);
		assertThat(count("actor")).isEqualTo(dataset.actors().rows().size());
		assertThat(count("proposition")).isEqualTo(dataset.propositions().rows().size()).isBetween(10L, 20L);
		assertThat(count("claim")).isEqualTo(dataset.claims().rows().size()).isGreaterThan(100);
	}

	@Test
	void everyClaimHasAnArticleAClaimantAndText() {
		importer.importOnce("test", SeedDataset.read(resources, SeedDataset.DEFAULT_LOCATION));

		assertThat(count("claim c left join article a on a.id = c.article_id where a.id is null")).isZero();
		assertThat(count("claim c left join actor a on a.id = c.claimant_id where a.id is null")).isZero();
		assertThat(count("claim where text is null or trim(text) = ''")).isZero();
		assertThat(count("article a left join outlet o on o.id = a.outlet_id where o.id is null")).isZero();
		assertThat(count("actor where type is null")).isZero();
		assertThat(count("claim_stance s left join proposition p on p.id = s.proposition_id where p.id is null"))
			.isZero();
	}

	@Test
	void everyArticleHasClaimsAndEveryPropositionHasBothSides() {
		importer.importOnce("test", SeedDataset.read(resources, SeedDataset.DEFAULT_LOCATION));

		assertThat(count("article a where not exists (select 1 from claim c where c.article_id = a.id)")).isZero();
		assertThat(count("proposition p where not exists (select 1 from claim_stance s where s.proposition_id = p.id)"))
			.isZero();
	}

	@Test
	void slugsAreUniqueAcrossTheDataset() {
		importer.importOnce("test", SeedDataset.read(resources, SeedDataset.DEFAULT_LOCATION));

		for (String table : List.of("actor", "outlet", "proposition")) {
			List<String> slugs = jdbc.queryForList("select slug from " + table, String.class);
			assertThat(new HashSet<>(slugs)).as(table + " slugs").hasSameSizeAs(slugs);
		}
	}

	@Test
	void loadingTheSameDatasetTwiceDuplicatesNothing() {
		SeedDataset dataset = SeedDataset.read(resources, SeedDataset.DEFAULT_LOCATION);
		importer.importOnce("test", dataset);
		long claims = count("claim");
		long actors = count("actor");

		assertThat(importer.importOnce("test", dataset)).isFalse();

		assertThat(count("claim")).isEqualTo(claims);
		assertThat(count("actor")).isEqualTo(actors);
		assertThat(count("seed_import")).isEqualTo(1);
	}

	@Test
	void aClaimNamingAnUnknownClaimantStopsTheImportAndLeavesTheDatabaseUnchanged() throws IOException {
		writeDataset("ap-01\tstory\tnobody\tDIRECT_QUOTE\tSome words\t\t\t\t");

		assertThatThrownBy(() -> importer.importOnce("broken", SeedDataset.read(resources, location())))
			.isInstanceOf(SeedFormatException.class)
			.hasMessage("claims.tsv line 3: unknown claimant 'nobody'");

		assertThat(TABLES.stream().mapToLong(this::count).sum()).isZero();
	}

	@Test
	void aRowWithMissingColumnsIsReportedWithItsLine() throws IOException {
		writeDataset("ap-01\tstory\tchina\tDIRECT_QUOTE");

		assertThatThrownBy(() -> SeedDataset.read(resources, location()))
			.isInstanceOf(SeedFormatException.class)
			.hasMessage("claims.tsv line 3: expected 9 tab-separated columns but found 4");
	}

	@Test
	void aBadKindOrStanceNamesTheRowAndTheProblem() throws IOException {
		writeDataset("ap-01\tstory\tchina\tRUMOUR\tSome words\t\t\t\t");
		assertThatThrownBy(() -> importer.importOnce("broken", SeedDataset.read(resources, location())))
			.hasMessageStartingWith("claims.tsv line 3: kind 'RUMOUR' is not one of");

		writeDataset("ap-01\tstory\tchina\tDIRECT_QUOTE\tSome words\t\tsome-proposition:endorses\t\t");
		assertThatThrownBy(() -> importer.importOnce("broken", SeedDataset.read(resources, location())))
			.hasMessage("claims.tsv line 3: Stance must be 'supports' or 'disputes', not 'endorses'.");
		assertThat(count("claim")).isZero();
		assertThat(count("actor")).isZero();
	}

	@Test
	void aMinimalValidDatasetLoads() throws IOException {
		writeDataset("ap-01\tstory\tchina\tDIRECT_QUOTE\tSome words\tchina\tsome-proposition:supports\t2024-01-02\tA summary");

		importer.importOnce("minimal", SeedDataset.read(resources, location()));

		assertThat(jdbc.queryForObject("select text from claim", String.class)).isEqualTo("Some words");
		assertThat(count("claim_stance where stance = 'SUPPORTS'")).isEqualTo(1);
		assertThat(count("claim_about")).isEqualTo(1);
	}

	private void writeDataset(String claimRow) throws IOException {
		write("outlets.tsv", "ap\tAssociated Press\tWIRE_SERVICE\tUnited States\t\t");
		write("articles.tsv", "story\tap\t\tA story\t\t2024-01-01\tSTATED\t\t\ten\tseed.txt\tSummary");
		write("actors.tsv", "china\tChina\tCOUNTRY\tChina\t\t\tPRC\tThe country");
		write("propositions.tsv", "some-proposition\tSomething is true\t");
		write("claims.tsv", claimRow);
	}

	private void write(String file, String row) throws IOException {
		Files.writeString(folder.resolve(file), "# header\n\n" + row + "\n", StandardCharsets.UTF_8);
	}

	private String location() {
		return folder.toUri().toString();
	}

	private long count(String tableAndCondition) {
		Long count = jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
		return count == null ? 0 : count;
	}


}
