package org.precursor.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.seed.SeedReview.Item;
import org.precursor.seed.SeedReview.Reason;
import org.precursor.supplychain.SupplyChainLink;
import org.precursor.supplychain.SupplyChainLinkRepository;
import org.precursor.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database loaded from version 1 of a small dataset ({@code src/test/resources/seed-upgrade/v1}) meets version 2
 * ({@code v2}): corrected, added and removed rows, an editor's own change, removed claims that links cite.
 * Subclasses run it on H2 and on PostgreSQL. Tests commit for real and leave the database empty.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class SeedUpgradeContractTests {

	private static final String NAME = "precursor-seed";

	private static final List<String> TABLES = List.of("supply_chain_evidence", "supply_chain_link_channel",
			"supply_chain_link", "proposition_target", "claim_joint_claimant", "claim_stance", "claim_about", "claim",
			"article", "actor_alias", "actor", "outlet", "proposition", "seed_import", "seed_review");

	private final ResourceLoader resources = new DefaultResourceLoader();

	@Autowired
	private SeedImporter importer;

	@Autowired
	private SupplyChainLinkRepository links;

	@Autowired
	private SupplyChainImporter supplyChain;

	@Autowired
	private SeedReview review;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@TempDir
	Path folder;

	@BeforeEach
	@AfterEach
	void emptyDatabase() {
		jdbc.update("update actor set parent_id = null");
		TABLES.forEach(table -> jdbc.update("delete from " + table));
	}

	@Test
	void aDatabaseLoadedFromVersionOneShowsVersionTwosCorrectionsAdditionsAndRemovals() {
		loadVersionOne();

		assertThat(importer.upgrade(NAME, version(2))).isTrue();

		assertThat(text("q-fixed")).isEqualTo("Some words");
		assertThat(jdbc.queryForObject("select passage from claim where seed_key = 'q-fixed'", String.class))
			.isEqualTo("\"Some words,\" officials of both said.");
		assertThat(jdbc.queryForList("select a.slug from claim_joint_claimant j join actor a on a.id = j.actor_id"
				+ " join claim c on c.id = j.claim_id where c.seed_key = 'q-fixed'", String.class))
			.containsExactly("dea");
		assertThat(text("q-new")).isEqualTo("New words");
		assertThat(count("claim where seed_key = 'q-gone'")).isZero();
		assertThat(count("article where seed_key = 'old-story'")).isZero();
		assertThat(count("outlet where slug = 'reuters'")).isZero();
		assertThat(count("actor where slug = 'fbi'")).isZero();
		assertThat(count("proposition where slug = 'stale-proposition'")).isZero();
		assertThat(jdbc.queryForObject("select description from actor where slug = 'dea'", String.class))
			.isEqualTo("The US Drug Enforcement Administration");
		assertThat(importer.importedVersion(NAME)).contains(2);
	}

	@Test
	void aRemovedClaimThatALinkCitesBesideAnotherLeavesTheLinkOnTheOther() {
		loadVersionOne();

		importer.upgrade(NAME, version(2));

		assertThat(count("claim where seed_key = 'q-cited'")).isZero();
		assertThat(jdbc.queryForList("select c.seed_key from supply_chain_evidence e join claim c on c.id = e.claim_id"
				+ " join supply_chain_link l on l.id = e.link_id where l.seed_key = 'china-to-dea'", String.class))
			.containsExactly("q-same");
		assertThat(review.items()).noneMatch(item -> item.recordKey().equals("q-cited"));
	}

	@Test
	void aRemovedClaimThatIsTheOnlySupportOfALinkIsKeptAndListedForReview() {
		loadVersionOne();

		importer.upgrade(NAME, version(2));

		assertThat(text("q-sole")).isEqualTo("Only support");
		assertThat(count("supply_chain_link where seed_key = 'dea-to-china'")).isEqualTo(1);
		assertThat(review.items()).filteredOn(item -> item.recordKey().equals("q-sole"))
			.extracting(Item::reason)
			.containsExactly(Reason.STILL_IN_USE);
	}

	@Test
	void keepsAnEditorsOwnChangeAndListsItForReview() {
		loadVersionOne();
		asEditor("alice", () -> {
			Claim claim = claims.findBySeedKey("q-edited").orElseThrow();
			claim.summarize("Alice's summary");
		});

		importer.upgrade(NAME, version(2));

		assertThat(text("q-edited")).as("the dataset would have changed it to 'Second words'").isEqualTo("First words");
		assertThat(jdbc.queryForObject("select summary from claim where seed_key = 'q-edited'", String.class))
			.isEqualTo("Alice's summary");
		assertThat(review.items()).filteredOn(item -> item.recordKey().equals("q-edited"))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.reason()).isEqualTo(Reason.EDITED);
				assertThat(item.message()).contains("alice", "content");
			});
		assertThat(text("q-fixed")).as("rows nobody edited are still corrected").isEqualTo("Some words");
	}

	@Test
	void recordsTheDatasetsChangesInTheHistoryUnderItsName() {
		loadVersionOne();

		importer.upgrade(NAME, version(2));

		assertThat(authorsOf("q-fixed")).containsExactly("seed dataset v1", "seed dataset v2");
		assertThat(authorsOf("q-new")).containsExactly("seed dataset v2");
		assertThat(count("claim_aud a join revision_info r on r.id = a.rev where a.seed_key = 'q-gone'"
				+ " and a.revtype = 2 and r.username = 'seed dataset v2' and a.rev > " + firstRevision)).isEqualTo(1);
		assertThat(authorsOf("q-same")).as("an unchanged row gets no new version").containsExactly("seed dataset v1");
	}

	@Test
	void applyingVersionTwoTwiceChangesNothing() {
		loadVersionOne();
		importer.upgrade(NAME, version(2));
		long revisions = count("revision_info");
		long claimVersions = count("claim_aud");

		assertThat(importer.upgrade(NAME, version(2))).isFalse();
		jdbc.update("update seed_import set version = 1 where name = ?", NAME);
		assertThat(importer.upgrade(NAME, version(2))).as("applied again, by force").isTrue();

		assertThat(count("revision_info")).isEqualTo(revisions);
		assertThat(count("claim_aud")).isEqualTo(claimVersions);
		assertThat(count("claim")).isEqualTo(4 + 1);
	}

	@Test
	void aFreshDatabaseLoadsVersionTwoDirectlyReadingColumnsByTheirNames() {
		assertThat(importer.importOnce(NAME, version(2))).isTrue();

		assertThat(importer.importedVersion(NAME)).contains(2);
		assertThat(text("q-fixed")).isEqualTo("Some words");
		assertThat(jdbc.queryForObject("select summary from claim where seed_key = 'q-edited'", String.class))
			.isEqualTo("Our summary");
		assertThat(jdbc.queryForObject("select made_on from claim where seed_key = 'q-fixed'", String.class))
			.startsWith("2024-01-02");
		assertThat(jdbc.queryForObject("select name from actor where slug = 'dea'", String.class)).isEqualTo("DEA");
		assertThat(count("claim")).isEqualTo(4);
	}

	@Test
	void aRowReferringToAMissingActorIsListedWithItsFileAndLineAndTheRestIsApplied() throws IOException {
		loadVersionOne();
		Path broken = copyOf("v2");
		Files.writeString(broken.resolve("claims.tsv"),
				"\nbroken\tq-broken\tWords\tstory\tnobody\tDIRECT_QUOTE\t\t\t\t\t\t\n", StandardOpenOption.APPEND);

		assertThat(importer.upgrade(NAME, SeedDataset.read(resources, broken.toUri().toString()))).isTrue();

		assertThat(review.items()).filteredOn(item -> item.reason() == Reason.NOT_APPLIED)
			.extracting(Item::message)
			.containsExactly("claims.tsv line 7: unknown claimant 'nobody'");
		assertThat(text("q-fixed")).isEqualTo("Some words");
	}

	@Test
	void aFreshDatabaseRefusesABrokenDatasetNamingFileAndLine() throws IOException {
		Path broken = copyOf("v2");
		Files.writeString(broken.resolve("claims.tsv"),
				"\nbroken\tq-broken\tWords\tstory\tnobody\tDIRECT_QUOTE\t\t\t\t\t\t\n", StandardOpenOption.APPEND);

		assertThatThrownBy(() -> importer.importOnce(NAME, SeedDataset.read(resources, broken.toUri().toString())))
			.isInstanceOf(SeedFormatException.class)
			.hasMessage("claims.tsv line 7: unknown claimant 'nobody'");
		assertThat(count("claim")).isZero();
	}

	@Test
	void aContentNotVerbatimInItsPassageIsARowProblem() throws IOException {
		Path broken = copyOf("v2");
		String claimsFile = Files.readString(broken.resolve("claims.tsv"), StandardCharsets.UTF_8);
		Files.writeString(broken.resolve("claims.tsv"), claimsFile.replace("\"Some words,\"", "\"Other words,\""));

		assertThatThrownBy(() -> importer.importOnce(NAME, SeedDataset.read(resources, broken.toUri().toString())))
			.hasMessageStartingWith("claims.tsv line 2: ");
	}

	@Test
	void aHeaderWithoutARequiredColumnIsReportedNamingTheFile() throws IOException {
		Path broken = copyOf("v2");
		Files.writeString(broken.resolve("claims.tsv"), "# key\tarticle\tclaimant\tcontent\n");

		assertThatThrownBy(() -> SeedDataset.read(resources, broken.toUri().toString()))
			.isInstanceOf(SeedFormatException.class)
			.hasMessageStartingWith("claims.tsv line 1: the header lacks the required columns 'kind', 'about'");
	}

	/** The last revision before this test's: audit rows outlive the records of earlier tests. */
	private long firstRevision;

	@Test
	void theSupplyChainFollowsTheNewVersionUnlessAnEditorChangedALink() {
		loadVersionOne();
		asEditor("bob", () -> {
			SupplyChainLink link = links.findBySeedKey("dea-to-china").orElseThrow();
			link.describe(link.getChannels(), link.getPeriod(), "Bob's words");
		});

		importer.upgrade(NAME, version(2));
		assertThat(supplyChain.upgrade("precursor-supply-chain",
				SupplyChainDataset.read(resources, "classpath:seed-upgrade/v2/"), 2)).isTrue();

		assertThat(jdbc.queryForList("select c.seed_key from supply_chain_evidence e join claim c on c.id = e.claim_id"
				+ " join supply_chain_link l on l.id = e.link_id where l.seed_key = 'china-to-dea'", String.class))
			.containsExactlyInAnyOrder("q-same", "q-new");
		assertThat(jdbc.queryForObject("select description from supply_chain_link where seed_key = 'china-to-dea'",
				String.class)).isEqualTo("A link, corrected");
		assertThat(count("supply_chain_link where seed_key = 'china-to-fbi'")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select description from supply_chain_link where seed_key = 'dea-to-china'",
				String.class)).isEqualTo("Bob's words");
		assertThat(review.items()).filteredOn(item -> item.recordKey().equals("dea-to-china"))
			.extracting(Item::reason)
			.containsExactly(Reason.EDITED);
		assertThat(jdbc.queryForList("select distinct l.seed_key from supply_chain_link_aud a join revision_info r"
				+ " on r.id = a.rev join supply_chain_link l on l.id = a.id where r.username = 'seed dataset v2'",
				String.class)).containsExactlyInAnyOrder("china-to-dea", "china-to-fbi");
		assertThat(supplyChain.upgrade("precursor-supply-chain",
				SupplyChainDataset.read(resources, "classpath:seed-upgrade/v2/"), 2)).as("once").isFalse();
	}

	private void loadVersionOne() {
		firstRevision = count("revision_info") == 0 ? 0
				: jdbc.queryForObject("select max(id) from revision_info", Long.class);
		assertThat(importer.importOnce(NAME, version(1))).isTrue();
		assertThat(supplyChain.importOnce("precursor-supply-chain",
				SupplyChainDataset.read(resources, "classpath:seed-upgrade/v1/"), 1)).isTrue();
	}

	private SeedDataset version(int version) {
		return SeedDataset.read(resources, "classpath:seed-upgrade/v" + version + "/");
	}

	private Path copyOf(String version) throws IOException {
		Path copy = Files.createDirectories(folder.resolve(version));
		for (String file : List.of("VERSION", "outlets.tsv", "articles.tsv", "actors.tsv", "propositions.tsv",
				"claims.tsv")) {
			if (resources.getResource("classpath:seed-upgrade/" + version + "/" + file).exists()) {
				Files.write(copy.resolve(file),
						resources.getResource("classpath:seed-upgrade/" + version + "/" + file).getContentAsByteArray());
			}
		}
		return copy;
	}

	/** Saves a change as a signed-in editor, as the admin forms do. */
	private void asEditor(String username, Runnable change) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(username, null, AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		try {
			new TransactionTemplate(transactionManager).executeWithoutResult(status -> change.run());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private List<String> authorsOf(String claimKey) {
		return jdbc.queryForList("select r.username from claim_aud a join revision_info r on r.id = a.rev"
				+ " where a.seed_key = ? and a.rev > ? order by a.rev", String.class, claimKey, firstRevision);
	}

	private String text(String claimKey) {
		return jdbc.queryForObject("select text from claim where seed_key = ?", String.class, claimKey);
	}

	private long count(String tableAndCondition) {
		Long count = jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
		return count == null ? 0 : count;
	}

}
