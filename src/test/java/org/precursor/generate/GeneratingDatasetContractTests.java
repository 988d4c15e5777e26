package org.precursor.generate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorForm;
import org.precursor.actor.ActorType;
import org.precursor.actor.Affiliations;
import org.precursor.actor.SavingActor;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimForm;
import org.precursor.claim.ClaimKind;
import org.precursor.claim.RecordingClaim;
import org.precursor.seed.SeedDataset;
import org.precursor.seed.SeedImporter;
import org.precursor.seed.SupplyChainDataset;
import org.precursor.seed.SupplyChainImporter;
import org.precursor.support.DatabaseTest;
import org.precursor.web.Slugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Generates a small synthetic dataset (5,000 claims) into a database holding the seed dataset, as the
 * {@code --generate} command does after start-up, and checks what the pages rely on. Subclasses run it on H2 and on
 * PostgreSQL. The generator commits for real, so the tests run outside a test transaction; the last ones write
 * through the application's own services, and the database is left empty for the other classes that share it.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class GeneratingDatasetContractTests {

	private static final GenerationScale SCALE = GenerationScale.of(5_000);

	private static final List<String> TABLES = List.of("supply_chain_evidence", "supply_chain_link_channel",
			"supply_chain_link", "proposition_target", "claim_stance", "claim_about", "claim_joint_claimant", "claim_voice",
			"claim",
			"article", "actor_alias", "actor_redirect", "actor", "outlet", "proposition", "seed_review", "seed_import");

	@Autowired
	private Affiliations affiliations;

	@Autowired
	private GeneratingDataset generating;

	@Autowired
	private SeedImporter seeds;

	@Autowired
	private SupplyChainImporter supplyChain;

	@Autowired
	private SavingActor savingActor;

	@Autowired
	private RecordingClaim recordingClaim;

	@Autowired
	private JdbcTemplate jdbc;

	/** Rows per table once the seed dataset is in, before the generator ran. */
	private Map<String, Long> seeded;

	@BeforeAll
	void generateIntoTheSeededDatabase() {
		emptyDatabase();
		DefaultResourceLoader resources = new DefaultResourceLoader();
		SeedDataset dataset = SeedDataset.read(resources, SeedDataset.DEFAULT_LOCATION);
		seeds.importOnce("precursor-seed", dataset);
		supplyChain.importOnce("precursor-supply-chain",
				SupplyChainDataset.read(resources, SeedDataset.DEFAULT_LOCATION), dataset.version());
		seeded = counts();

		generating.generate(SCALE, 42, Progress.NONE);
	}

	@AfterAll
	void leaveTheDatabaseEmpty() {
		emptyDatabase();
	}

	@Test
	@Order(1)
	void addsRecordsOfEveryKindInProportionToTheClaims() {
		Map<String, Long> added = new LinkedHashMap<>();
		counts().forEach((table, rows) -> added.put(table, rows - seeded.get(table)));

		assertThat(added).containsEntry("claim", 5_000L)
			.containsEntry("actor", 1_000L)
			.containsEntry("article", 750L)
			.containsEntry("outlet", 10L)
			.containsEntry("proposition", 5L)
			.containsEntry("supply_chain_link", 50L);
		assertThat(added.get("claim_about")).isBetween(2_500L, 4_000L);
		assertThat(added.get("claim_stance")).isBetween(1_600L, 2_800L);
		assertThat(added.get("claim_joint_claimant")).isBetween(20L, 120L);
		assertThat(added.get("proposition_target")).isBetween(5L, 15L);
		assertThat(jdbc.queryForObject("select version from seed_import where name = 'synthetic'", Integer.class))
			.isEqualTo(5_000);
	}

	@Test
	@Order(1)
	void leavesTheAffiliationTreeMaterializedForTheGeneratedActors() {
		assertThat(affiliations.lineageIsCurrent()).isTrue();
		long china = jdbc.queryForObject("select id from actor where slug = 'china'", Long.class);
		assertThat(jdbc.queryForObject("select count(*) from actor_lineage where ancestor_id = ?", Long.class, china))
			.isEqualTo(affiliations.treeOf(china).size())
			.isGreaterThan(1);
	}

	@Test
	@Order(1)
	void chinaMakesTheMostClaimsAndIsMostOftenClaimedAbout() {
		assertThat(jdbc.queryForList("select a.slug from claim c join actor a on a.id = c.claimant_id"
				+ " group by a.slug order by count(*) desc", String.class)).startsWith("china", "united-states");
		assertThat(jdbc.queryForList("select a.slug from claim_about c join actor a on a.id = c.actor_id"
				+ " group by a.slug order by count(*) desc", String.class).get(0)).isEqualTo("china");
	}

	@Test
	@Order(1)
	void everyClaimsContentStandsInItsPassageWhereItSaysItStarts() {
		jdbc.query("select id, text, passage, content_start, cue, speaker_mention from claim where seed_key is null",
				(RowCallbackHandler) row -> {
					String text = row.getString("text");
					assertThat(row.getString("passage").startsWith(text, row.getInt("content_start")))
						.as("claim %d: «%s» at %d of «%s»", row.getLong("id"), text, row.getInt("content_start"),
								row.getString("passage"))
						.isTrue();
					assertThat(text.split(" ")).as("claim %d", row.getLong("id")).hasSizeBetween(8, 40);
					assertThat(row.getString("cue")).isNotBlank();
					assertThat(row.getString("speaker_mention")).isNotBlank();
				});
	}

	@Test
	@Order(1)
	void everyClaimIsDatedByItsOwnDateOrElseItsArticles() {
		assertThat(jdbc.queryForObject("select count(*) from claim c join article a on a.id = c.article_id"
				+ " where c.effective_on is distinct from coalesce(c.made_on, a.published_on)", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from claim where made_on is not null and seed_key is null",
				Long.class)).isBetween(400L, 1_200L);
	}

	@Test
	@Order(1)
	void claimsTakeTheirPlacesInTheirArticlesInReadingOrder() {
		assertThat(jdbc.queryForObject("select count(*) from (select article_id from claim group by article_id"
				+ " having min(position) <> 1 or max(position) <> count(*) or count(distinct position) <> count(*)) x",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from article a where not exists"
				+ " (select 1 from claim c where c.article_id = a.id)", Long.class)).isZero();
	}

	@Test
	@Order(1)
	void noGeneratedClaimIsAboutItsClaimantOrMadeJointlyWithIt() {
		assertThat(jdbc.queryForObject("select count(*) from claim_about s join claim c on c.id = s.claim_id"
				+ " where s.actor_id = c.claimant_id and c.seed_key is null", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from claim_joint_claimant j join claim c on c.id = j.claim_id"
				+ " where j.actor_id = c.claimant_id and c.seed_key is null", Long.class)).isZero();
	}

	@Test
	@Order(1)
	void everyClaimsVoicesAreItsClaimantAndItsJointClaimants() {
		assertThat(jdbc.queryForObject("select count(*) from claim c where not exists (select 1 from claim_voice v"
				+ " where v.claim_id = c.id and v.actor_id = c.claimant_id)", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from claim_joint_claimant j where not exists (select 1"
				+ " from claim_voice v where v.claim_id = j.claim_id and v.actor_id = j.actor_id)", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from claim_voice", Long.class)).isEqualTo(
				jdbc.queryForObject("select (select count(*) from claim) + (select count(*) from claim_joint_claimant)",
						Long.class));
	}

	@Test
	@Order(1)
	void namesAreUniqueAndKeyedAsTheEntitiesKeyThem() {
		assertThat(jdbc.queryForObject("select count(*) from actor where name_key <> lower(trim(name))", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from outlet where name_key <> lower(trim(name))", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from proposition where text_key <> lower(trim(text))",
				Long.class)).isZero();
		for (String table : List.of("actor", "outlet", "proposition")) {
			assertThat(jdbc.queryForList("select slug from " + table, String.class)).allMatch(Slugs::isValid);
		}
	}

	@Test
	@Order(1)
	void affiliationsFormTreesAtMostFourActorsDeep() {
		Map<Long, Long> parents = new HashMap<>();
		jdbc.query("select id, parent_id from actor where parent_id is not null",
				(RowCallbackHandler) row -> parents.put(row.getLong(1), row.getLong(2)));
		assertThat(parents).hasSizeGreaterThan(300);
		parents.keySet().forEach(id -> {
			int depth = 0;
			for (Long above = parents.get(id); above != null; above = parents.get(above)) {
				depth++;
				assertThat(depth).as("actor %d", id).isLessThanOrEqualTo(3);
			}
		});
	}

	@Test
	@Order(1)
	void everyLinkJoinsTwoActorsAndSomeClaimAssertsIt() {
		assertThat(jdbc.queryForObject("select count(*) from supply_chain_link l where not exists (select 1 from"
				+ " supply_chain_evidence e where e.link_id = l.id and e.role = 'ASSERTS')", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from supply_chain_link where origin_id = destination_id",
				Long.class)).isZero();
	}

	@Test
	@Order(2)
	void theApplicationSavesNewRecordsAfterTheGeneratedOnes() {
		long lastActor = jdbc.queryForObject("select max(id) from actor", Long.class);
		long lastClaim = jdbc.queryForObject("select max(id) from claim", Long.class);
		long article = jdbc.queryForObject("select max(id) from article", Long.class);

		ActorForm actorForm = new ActorForm();
		actorForm.setName("Port of Tarrin customs office");
		actorForm.setType(ActorType.AGENCY);
		Actor actor = savingActor.create(actorForm, new BeanPropertyBindingResult(actorForm, "actorForm")).orElseThrow();
		ClaimForm claimForm = new ClaimForm();
		claimForm.setClaimant(actor.getSlug());
		claimForm.setKind(ClaimKind.REPORTED_SPEECH);
		claimForm.setText("inspections at the port doubled this year");
		Claim claim = recordingClaim.add(article, claimForm, new BeanPropertyBindingResult(claimForm, "claimForm"))
			.orElseThrow();

		assertThat(actor.getId()).isGreaterThan(lastActor);
		assertThat(claim.getId()).isGreaterThan(lastClaim);
	}

	@Test
	@Order(3)
	void refusesADatabaseThatAlreadyHoldsGeneratedData() {
		assertThatThrownBy(() -> generating.generate(SCALE, 42, Progress.NONE))
			.isInstanceOf(GenerationRefusedException.class)
			.hasMessageContaining("already holds generated data (5,000 claims)");
	}

	@Test
	@Order(3)
	void refusesADatabaseWithClaimsBeyondTheSeedDataset() {
		jdbc.update("update seed_import set name = 'synthetic-hidden' where name = 'synthetic'");
		try {
			assertThatThrownBy(() -> generating.generate(SCALE, 42, Progress.NONE))
				.isInstanceOf(GenerationRefusedException.class)
				.hasMessageContaining("claims beyond the seed dataset");
		}
		finally {
			jdbc.update("update seed_import set name = 'synthetic' where name = 'synthetic-hidden'");
		}
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("claim", "actor", "article", "outlet", "proposition", "supply_chain_link",
				"claim_about", "claim_stance", "claim_joint_claimant", "proposition_target")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private void emptyDatabase() {
		jdbc.update("update actor set parent_id = null");
		TABLES.forEach(table -> jdbc.update("delete from " + table));
	}

}
