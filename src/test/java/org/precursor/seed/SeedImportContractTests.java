package org.precursor.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loads the shipped seed dataset the way the application does and checks its integrity. Subclasses run it on
 * H2 and on PostgreSQL. Tests commit for real (no test transaction) so that the importer's own transaction
 * decides what stays, as it does at start-up.
 * <p>
 * The shipped dataset is loaded once per class, into the empty database, by the first test that reads it; those
 * tests run first ({@code @Order(1)}) and only read, so the rest of them reuse it. The other tests start from an
 * empty database. Either way each test still runs alone, and a failed test has the dataset loaded afresh for the
 * next one. The database is left empty for the other classes that share it.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SeedImportContractTests {

	private static final List<String> TABLES = List.of("claim_stance", "claim_about", "claim", "article",
			"actor_alias", "actor", "outlet", "proposition", "seed_import");

	private final ResourceLoader resources = new DefaultResourceLoader();

	@Autowired
	private SeedImporter importer;

	@Autowired
	private JdbcTemplate jdbc;

	/** One per class; each test writes its datasets into a folder of its own in it. */
	@TempDir
	Path temporary;

	Path folder;

	/** The shipped dataset once it is in the database, with nothing else; null when it is not. */
	private SeedDataset shipped;

	/** What the importer said when it loaded {@link #shipped} into the empty database. */
	private boolean shippedWasImported;

	@RegisterExtension
	final TestWatcher reloadAfterAFailure = new TestWatcher() {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			shipped = null;
		}

	};

	@BeforeEach
	void newFolder() throws IOException {
		folder = Files.createTempDirectory(temporary, "dataset");
	}

	@AfterAll
	void leaveTheDatabaseEmpty() {
		emptyDatabase();
	}

	private void emptyDatabase() {
		jdbc.update("update actor set parent_id = null");
		TABLES.forEach(table -> jdbc.update("delete from " + table));
		shipped = null;
	}

	/** The shipped dataset, loaded into the empty database unless an earlier test already did. */
	private SeedDataset shippedDataset() {
		if (shipped == null) {
			emptyDatabase();
			SeedDataset dataset = SeedDataset.read(resources, SeedDataset.DEFAULT_LOCATION);
			shippedWasImported = importer.importOnce("test", dataset);
			shipped = dataset;
		}
		return shipped;
	}

	@Test
	@Order(1)
	void loadsEveryRowOfTheShippedDataset() {
		SeedDataset dataset = shippedDataset();

		assertThat(shippedWasImported).as("importOnce into the empty database").isTrue();

		assertThat(count("outlet")).isEqualTo(dataset.outlets().rows().size());
		assertThat(count("article")).isEqualTo(dataset.articles().rows().size()).isGreaterThanOrEqualTo(7);
		assertThat(count("actor")).isEqualTo(dataset.actors().rows().size());
		assertThat(count("proposition")).isEqualTo(dataset.propositions().rows().size()).isBetween(10L, 20L);
		assertThat(count("claim")).isEqualTo(dataset.claims().rows().size()).isGreaterThan(100);
	}

	@Test
	@Order(1)
	void everyClaimHasAnArticleAClaimantAndText() {
		shippedDataset();

		assertThat(count("claim c left join article a on a.id = c.article_id where a.id is null")).isZero();
		assertThat(count("claim c left join actor a on a.id = c.claimant_id where a.id is null")).isZero();
		assertThat(count("claim where text is null or trim(text) = ''")).isZero();
		assertThat(count("article a left join outlet o on o.id = a.outlet_id where o.id is null")).isZero();
		assertThat(count("actor where type is null")).isZero();
		assertThat(count("claim_stance s left join proposition p on p.id = s.proposition_id where p.id is null"))
			.isZero();
	}

	@Test
	@Order(1)
	void everyArticleHasClaimsAndEveryPropositionHasBothSides() {
		shippedDataset();

		assertThat(count("article a where not exists (select 1 from claim c where c.article_id = a.id)")).isZero();
		assertThat(count("proposition p where not exists (select 1 from claim_stance s where s.proposition_id = p.id)"))
			.isZero();
	}

	@Test
	@Order(1)
	void slugsAreUniqueAcrossTheDataset() {
		shippedDataset();

		for (String table : List.of("actor", "outlet", "proposition")) {
			List<String> slugs = jdbc.queryForList("select slug from " + table, String.class);
			assertThat(new HashSet<>(slugs)).as(table + " slugs").hasSameSizeAs(slugs);
		}
	}

	@Test
	@Order(1)
	void loadingTheSameDatasetTwiceDuplicatesNothing() {
		SeedDataset dataset = shippedDataset();
		long claims = count("claim");
		long actors = count("actor");

		assertThat(importer.importOnce("test", dataset)).isFalse();

		assertThat(count("claim")).isEqualTo(claims);
		assertThat(count("actor")).isEqualTo(actors);
		assertThat(count("seed_import")).isEqualTo(1);
	}

	@Test
	void aClaimNamingAnUnknownClaimantStopsTheImportAndLeavesTheDatabaseUnchanged() throws IOException {
		emptyDatabase();
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
		emptyDatabase();
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
		emptyDatabase();
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
