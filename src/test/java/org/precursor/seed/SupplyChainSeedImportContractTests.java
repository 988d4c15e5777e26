package org.precursor.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;

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
 * Loads the supply-chain dataset after the core dataset, as the application does, and checks that every flow the
 * sources state or deny is on the map with its evidence. Subclasses run it on H2 and on PostgreSQL. Tests commit
 * for real, so the importer's own transaction decides what stays.
 * <p>
 * The shipped datasets are loaded once per class, into the empty database, by the first test that reads them;
 * those tests run first ({@code @Order(1)}) and only read, so the rest of them reuse the data. The other tests start
 * from an empty database. Either way each test still runs alone, and a failed test has the datasets loaded afresh
 * for the next one. The database is left empty for the other classes that share it.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SupplyChainSeedImportContractTests {

	private static final List<String> TABLES = List.of("supply_chain_evidence", "supply_chain_link_channel",
			"supply_chain_link", "proposition_target", "claim_stance", "claim_about", "claim", "article",
			"actor_alias", "actor", "outlet", "proposition", "seed_import");

	private final ResourceLoader resources = new DefaultResourceLoader();

	@Autowired
	private SeedImporter seeds;

	@Autowired
	private SupplyChainImporter supplyChain;

	@Autowired
	private JdbcTemplate jdbc;

	/** One per class; each test writes its datasets into a folder of its own in it. */
	@TempDir
	Path temporary;

	Path folder;

	/** Whether the shipped datasets, and nothing else, are in the database. */
	private boolean shippedDatasetsLoaded;

	@RegisterExtension
	final TestWatcher reloadAfterAFailure = new TestWatcher() {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			shippedDatasetsLoaded = false;
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
		shippedDatasetsLoaded = false;
	}

	@Test
	@Order(1)
	void loadsEveryShippedLinkAndEachIsAssertedByAClaim() {
		loadShippedDatasets();
		SupplyChainDataset dataset = shippedSupplyChain();

		assertThat(count("supply_chain_link")).isEqualTo(dataset.links().rows().size()).isGreaterThanOrEqualTo(15);
		assertThat(count("proposition_target")).isEqualTo(dataset.propositionTargets().rows().size());
		assertThat(count("supply_chain_link l where not exists (select 1 from supply_chain_evidence e"
				+ " where e.link_id = l.id and e.role = 'ASSERTS')")).isZero();
		assertThat(count("supply_chain_link where origin_id = destination_id")).isZero();
	}

	@Test
	@Order(1)
	void putsEveryFlowTheSourcesStateOnTheMap() {
		loadShippedDatasets();

		assertThat(link("precursors-to-mexican-cartels")).isEqualTo("chinese-chemical-companies > mexican-cartels"
				+ " : PRECURSOR_CHEMICALS, SOURCING, Since May 2019");
		assertThat(link("fentanyl-made-by-mexican-cartels")).startsWith("mexican-cartels > us-southern-border : FENTANYL, PRODUCTION");
		assertThat(link("fentanyl-across-the-southern-border")).startsWith("us-southern-border > united-states : FENTANYL, TRAFFICKING");
		assertThat(link("fentanyl-from-southern-china-to-canada")).startsWith("southern-china > canada : FENTANYL");
		assertThat(link("precursors-from-southern-china-to-canada")).startsWith("southern-china > canada : PRECURSOR_CHEMICALS");
		assertThat(channels("fentanyl-from-southern-china-to-canada")).containsExactlyInAnyOrder("SHIPPING_CONTAINERS",
				"INTERNATIONAL_MAIL");
		assertThat(link("fentanyl-through-british-columbia")).startsWith("canada > united-states : FENTANYL");
		assertThat(link("sinaloa-proceeds-through-chinese-launderers"))
			.startsWith("sinaloa-cartel > chinese-money-launderers : MONEY, LAUNDERING");
		assertThat(link("pill-presses-from-china")).startsWith("china > united-states : PILL_PRESSES");
		assertThat(link("finished-fentanyl-from-china")).endsWith("Until May 2019");
	}

	@Test
	@Order(1)
	void recordsChinasDenialsAsDisputingClaims() {
		loadShippedDatasets();

		assertThat(disputingClaims("precursors-to-mexican-cartels")).containsExactly("rt-079");
		assertThat(disputingClaims("fentanyl-from-china-by-mail")).containsExactlyInAnyOrder("ap-21", "rt-050");
		assertThat(disputingClaims("state-rebates-for-precursor-makers")).containsExactlyInAnyOrder("rt-044", "rt-045",
				"rt-073");
	}

	@Test
	void aDatabaseSeededBeforeTheSupplyChainGainsItsPlacesAndLinksOnce() throws IOException {
		emptyDatabase();
		copyShippedCoreDatasetWithoutPlaces();
		seeds.importOnce("precursor-seed", SeedDataset.read(resources, folder.toUri().toString()));
		assertThat(count("actor where type = 'PLACE'")).isZero();

		assertThat(supplyChain.importOnce("precursor-supply-chain", shippedSupplyChain())).isTrue();
		assertThat(supplyChain.importOnce("precursor-supply-chain", shippedSupplyChain())).isFalse();

		assertThat(count("actor where slug in ('southern-china', 'vancouver', 'us-southern-border')")).isEqualTo(3);
		assertThat(count("supply_chain_link")).isEqualTo(shippedSupplyChain().links().rows().size());
		assertThat(count("seed_import")).isEqualTo(2);
	}

	@Test
	void anUnknownClaimKeyStopsTheImportNamingTheRowAndWritesNothing() throws IOException {
		emptyDatabase();
		writeMinimalDataset("border-smuggling\tchina\tborder\tFENTANYL\tLAND_BORDER\tTRAFFICKING\t\tq-01;zz-999\t\t");

		assertThatThrownBy(this::importMinimalDataset).isInstanceOf(SeedFormatException.class)
			.hasMessage("supply-chain.tsv line 3: unknown claim 'zz-999'");

		assertThat(count("supply_chain_link")).isZero();
		assertThat(count("actor where slug = 'border'")).as("the place the failed import would add").isZero();
		assertThat(count("seed_import")).isEqualTo(1);
	}

	@Test
	void aLinkThatNoClaimAssertsIsRefused() throws IOException {
		emptyDatabase();
		writeMinimalDataset("border-smuggling\tchina\tborder\tFENTANYL\t\tTRAFFICKING\t\t\tq-01\t");

		assertThatThrownBy(this::importMinimalDataset).isInstanceOf(SeedFormatException.class)
			.hasMessageStartingWith("supply-chain.tsv line 3: asserted_by is empty");
	}

	@Test
	void aLinkFromANodeToItselfOrMovingByAnUnknownChannelIsRefused() throws IOException {
		emptyDatabase();
		writeMinimalDataset("loop\tchina\tchina\tFENTANYL\t\tTRAFFICKING\t\tq-01\t\t");
		assertThatThrownBy(this::importMinimalDataset).hasMessageStartingWith("supply-chain.tsv line 3: A link must run")
			.hasMessageContaining("two different");

		emptyDatabase();
		writeMinimalDataset("pigeons\tchina\tborder\tFENTANYL\tPIGEONS\tTRAFFICKING\t\tq-01\t\t");
		assertThatThrownBy(this::importMinimalDataset)
			.hasMessageStartingWith("supply-chain.tsv line 3: how 'PIGEONS' is not one of");
	}

	@Test
	void aMinimalSupplyChainLoadsWithItsPlaceChannelsAndTargets() throws IOException {
		emptyDatabase();
		writeMinimalDataset("border-smuggling\tchina\tborder\tFENTANYL\tLAND_BORDER\tTRAFFICKING\t2024\tq-01\tq-02\tOurs");

		importMinimalDataset();

		assertThat(jdbc.queryForObject("select type from actor where slug = 'border'", String.class)).isEqualTo("PLACE");
		assertThat(jdbc.queryForObject("select period from supply_chain_link", String.class)).isEqualTo("2024");
		assertThat(count("supply_chain_link_channel where channel = 'LAND_BORDER'")).isEqualTo(1);
		assertThat(count("supply_chain_evidence where role = 'DISPUTES'")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select supporting_means from proposition_target", String.class))
			.isEqualTo("ACCUSES");
	}

	/** Loads the shipped core and supply-chain datasets into the empty database, unless a test already did. */
	private void loadShippedDatasets() {
		if (shippedDatasetsLoaded) {
			return;
		}
		emptyDatabase();
		seeds.importOnce("precursor-seed", SeedDataset.read(resources, SeedDataset.DEFAULT_LOCATION));
		supplyChain.importOnce("precursor-supply-chain", shippedSupplyChain());
		shippedDatasetsLoaded = true;
	}

	private SupplyChainDataset shippedSupplyChain() {
		return SupplyChainDataset.read(resources, SeedDataset.DEFAULT_LOCATION);
	}

	private String link(String key) {
		return jdbc.queryForObject("""
				select o.slug || ' > ' || d.slug || ' : ' || l.moves || ', ' || l.stage || coalesce(', ' || l.period, '')
				from supply_chain_link l join actor o on o.id = l.origin_id join actor d on d.id = l.destination_id
				where l.seed_key = ?""", String.class, key);
	}

	private List<String> channels(String key) {
		return jdbc.queryForList("select c.channel from supply_chain_link_channel c join supply_chain_link l"
				+ " on l.id = c.link_id where l.seed_key = ?", String.class, key);
	}

	private List<String> disputingClaims(String key) {
		return jdbc.queryForList("select c.seed_key from supply_chain_evidence e join supply_chain_link l"
				+ " on l.id = e.link_id join claim c on c.id = e.claim_id where l.seed_key = ? and e.role = 'DISPUTES'",
				String.class, key);
	}

	/** The shipped core dataset as it was before places existed: no place actors, no claim about a place. */
	private void copyShippedCoreDatasetWithoutPlaces() throws IOException {
		for (String file : List.of("outlets.tsv", "articles.tsv", "propositions.tsv")) {
			Files.copy(Path.of("db/seed", file), folder.resolve(file));
		}
		List<String> allActors = Files.readAllLines(Path.of("db/seed/actors.tsv"), StandardCharsets.UTF_8);
		Set<String> places = allActors.stream()
			.filter(line -> line.contains("\tPLACE\t"))
			.map(line -> line.substring(0, line.indexOf('\t')))
			.collect(Collectors.toSet());
		Files.write(folder.resolve("actors.tsv"), allActors.stream().filter(line -> !line.contains("\tPLACE\t")).toList(),
				StandardCharsets.UTF_8);
		List<String> claims = Files.readAllLines(Path.of("db/seed/claims.tsv"), StandardCharsets.UTF_8);
		int about = List.of(claims.get(0).replaceFirst("^#\\s*", "").split("\t")).indexOf("about");
		Files.write(folder.resolve("claims.tsv"), claims.stream().map(line -> {
			if (line.startsWith("#") || line.isBlank()) {
				return line;
			}
			String[] columns = line.split("\t", -1);
			columns[about] = String.join(";", Arrays.stream(columns[about].split(";"))
				.filter(slug -> !slug.isEmpty() && !places.contains(slug))
				.toList());
			return String.join("\t", columns);
		}).toList(), StandardCharsets.UTF_8);
	}

	/** A one-claim core dataset already loaded, and a supply-chain dataset with one link row and a new place. */
	private void writeMinimalDataset(String linkRow) throws IOException {
		write("outlets.tsv", "ap\tAssociated Press\tWIRE_SERVICE\tUnited States\t\t");
		write("articles.tsv", "story\tap\t\tA story\t\t2024-01-01\tSTATED\t\t\ten\tseed.txt\tSummary");
		write("actors.tsv", "china\tChina\tCOUNTRY\tChina\t\t\tPRC\tThe country");
		write("propositions.tsv", "some-proposition\tSomething is true\t");
		write("claims.tsv", "q-01\tstory\tchina\tDIRECT_QUOTE\tSome words\t\t\t\t\n"
				+ "q-02\tstory\tchina\tDIRECT_QUOTE\tOther words\t\t\t\t");
		seeds.importOnce("precursor-seed", SeedDataset.read(resources, folder.toUri().toString()));
		write("actors.tsv", "china\tChina\tCOUNTRY\tChina\t\t\tPRC\tThe country\n"
				+ "border\tThe border\tPLACE\t\t\t\t\tA border");
		write("supply-chain.tsv", linkRow);
		write("proposition-targets.tsv", "some-proposition\tchina\taccuses\tWhy");
	}

	private void importMinimalDataset() {
		supplyChain.importOnce("precursor-supply-chain", SupplyChainDataset.read(resources, folder.toUri().toString()));
	}

	private void write(String file, String rows) throws IOException {
		Files.writeString(folder.resolve(file), "# header\n\n" + rows + "\n", StandardCharsets.UTF_8);
	}

	private long count(String tableAndCondition) {
		Long count = jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
		return count == null ? 0 : count;
	}

}
