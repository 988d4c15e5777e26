package org.precursor.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.CanonicalUrl;
import org.precursor.article.Outlet;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimKind;
import org.precursor.export.DatasetJson;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;
import org.precursor.supplychain.Channel;
import org.precursor.supplychain.Commodity;
import org.precursor.supplychain.Stage;
import org.precursor.supplychain.SupplyChainLink;
import org.precursor.support.ApplicationInstance;
import org.precursor.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precursor.support.TestData.aClaim;
import static org.precursor.support.TestData.aLink;
import static org.precursor.support.TestData.anActor;
import static org.precursor.support.TestData.anArticle;

/**
 * A whole database moves through a dataset export: export, import into an empty database, export again, and the
 * two exports hold the same records, on H2, on PostgreSQL, and from H2 to PostgreSQL. The source holds the seed
 * dataset and records an editor added without seed keys (an article with its text, a claim with joint claimants,
 * subjects and stances, the same words recorded twice, two links of one route, a new actor with an alias). Importing the same file again
 * changes nothing, and a file with
 * one bad row is refused, naming the row, with the database left as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetRoundTripTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every section of the export but the history's revisions. */
	private static final List<String> SECTIONS = List.of("outlets", "propositions", "actors", "actorAliases",
			"articles", "claims", "claimJointClaimants", "claimAbout", "claimStances", "supplyChainLinks",
			"supplyChainChannels", "supplyChainEvidence", "propositionTargets");

	private ApplicationInstance source;

	private byte[] exported;

	@TempDir
	Path folder;

	@BeforeAll
	void exportASourceWithEditorsRecords() throws IOException {
		source = ApplicationInstance.startOnH2("round-trip-source", true);
		addEditorsRecords(source);
		exported = export(source);
	}

	@AfterAll
	void stopTheSource() {
		source.close();
	}

	@Test
	void aDatabaseMovesFromH2ToAnEmptyH2() throws IOException {
		try (ApplicationInstance target = ApplicationInstance.startOnH2("round-trip-h2", false)) {
			assertRoundTrip(target);
		}
	}

	/** The seed dataset, first recorded after the import, finds its records there and leaves them as they are. */
	@Test
	void anImportedDatabaseThenStartsAsUsual() throws IOException {
		try (ApplicationInstance target = ApplicationInstance.startOnH2("round-trip-then-seeded", false)) {
			importInto(target, exported);
		}
		try (ApplicationInstance restarted = ApplicationInstance.startOnH2("round-trip-then-seeded", true)) {
			assertSameContent(content(export(restarted)), content(exported));
		}
	}

	@Test
	void aDatabaseMovesFromH2ToAnEmptyPostgres() throws IOException {
		try (ApplicationInstance target = ApplicationInstance
			.startOnPostgres(PostgresTestDatabase.freshDatabaseUrl(), false)) {
			assertRoundTrip(target);
		}
	}

	@Test
	void aDatabaseMovesFromPostgresToAnEmptyPostgres() throws IOException {
		byte[] fromPostgres;
		try (ApplicationInstance pgSource = ApplicationInstance
			.startOnPostgres(PostgresTestDatabase.freshDatabaseUrl(), true)) {
			addEditorsRecords(pgSource);
			fromPostgres = export(pgSource);
		}
		assertSameContent(content(fromPostgres), content(exported));
		try (ApplicationInstance target = ApplicationInstance
			.startOnPostgres(PostgresTestDatabase.freshDatabaseUrl(), false)) {
			ImportReport report = importInto(target, fromPostgres);
			assertThat(report.added()).isPositive();
			assertSameContent(content(export(target)), content(fromPostgres));
		}
	}

	@Test
	void aFileWithABadRowIsRefusedWhole() throws IOException {
		ObjectNode document = (ObjectNode) JSON.readTree(exported);
		ArrayNode claims = (ArrayNode) document.get("claims");
		((ObjectNode) claims.get(claims.size() - 1)).put("claimant", "nobody-we-know");
		byte[] broken = JSON.writeValueAsBytes(document);
		try (ApplicationInstance target = ApplicationInstance.startOnH2("round-trip-broken", true)) {
			Map<String, JsonNode> before = content(export(target));

			assertThatThrownBy(() -> importInto(target, broken)).isInstanceOf(DatasetImportRefusedException.class)
				.hasMessageContaining("section \"claims\" row " + claims.size())
				.hasMessageContaining("unknown claimant 'nobody-we-know'")
				.hasMessageContaining("Nothing was imported");

			assertThat(content(export(target))).isEqualTo(before);
		}
	}

	@Test
	void aFileThatIsNotAnExportIsRefused() throws IOException {
		try (ApplicationInstance target = ApplicationInstance.startOnH2("round-trip-not-export", false)) {
			assertThatThrownBy(() -> importInto(target, "{\"format\": \"something-else\"}".getBytes()))
				.isInstanceOf(DatasetImportRefusedException.class)
				.hasMessageContaining("not a Precursor dataset export");
			assertThatThrownBy(() -> importInto(target, "{\"format\": \"precursor-dataset\", ".getBytes()))
				.isInstanceOf(DatasetImportRefusedException.class)
				.hasMessageContaining("not valid JSON");
		}
	}

	private void assertRoundTrip(ApplicationInstance target) throws IOException {
		ImportReport first = importInto(target, exported);
		Map<String, JsonNode> expected = content(exported);
		assertThat(first.added()).isEqualTo(recordCount(expected));
		assertThat(first.updated()).isZero();
		assertSameContent(content(export(target)), expected);
		assertTheHistoryHoldsEveryAddedRecord(target);

		ImportReport again = importInto(target, exported);
		assertThat(again.added()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(first.added());
		assertSameContent(content(export(target)), expected);
	}

	private static void assertSameContent(Map<String, JsonNode> actual, Map<String, JsonNode> expected) {
		for (String section : SECTIONS) {
			JsonNode want = expected.get(section);
			JsonNode got = actual.get(section);
			assertThat(got.size()).as(section + " records").isEqualTo(want.size());
			for (int i = 0; i < want.size(); i++) {
				assertThat(got.get(i)).as(section + " record " + (i + 1)).isEqualTo(want.get(i));
			}
		}
	}

	/** Each record, and each of its subjects, stances and aliases, created in the import's one revision. */
	private static void assertTheHistoryHoldsEveryAddedRecord(ApplicationInstance target) {
		JdbcTemplate jdbc = target.bean(JdbcTemplate.class);
		List<String> authors = jdbc.queryForList("select username from revision_info", String.class);
		assertThat(authors).hasSize(1);
		assertThat(authors.get(0)).startsWith("test-admin importing ");
		for (String table : List.of("outlet", "actor", "actor_alias", "proposition", "article", "claim",
				"claim_about", "claim_joint_claimant", "claim_stance", "supply_chain_link", "supply_chain_link_channel",
				"supply_chain_evidence")) {
			assertThat(jdbc.queryForObject("select count(*) from " + table + "_aud where revtype = 0", Long.class))
				.as(table + " in the history")
				.isEqualTo(jdbc.queryForObject("select count(*) from " + table, Long.class))
				.isPositive();
		}
		assertThat(jdbc.queryForObject("""
				select count(*) from claim c join claim_aud a on a.id = c.id
				where a.text = c.text and a.passage = c.passage and a.claimant_id = c.claimant_id""", Long.class))
			.isEqualTo(jdbc.queryForObject("select count(*) from claim", Long.class));
	}

	private ImportReport importInto(ApplicationInstance target, byte[] file) throws IOException {
		Path path = Files.write(Files.createTempFile(folder, "dataset", ".json"), file);
		return target.bean(ImportingDataset.class).importFile(path, "test-admin", ImportProgress.SILENT);
	}

	private static byte[] export(ApplicationInstance instance) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		instance.bean(DatasetJson.class).write(out);
		return out.toByteArray();
	}

	/** Records an editor adds through the forms, none of them with a seed key. */
	private static void addEditorsRecords(ApplicationInstance instance) {
		EntityManagerFactory factory = instance.bean(EntityManagerFactory.class);
		new TransactionTemplate(instance.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
			EntityManager entities = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
			Outlet reuters = entities.createQuery("from Outlet where slug = 'reuters'", Outlet.class).getSingleResult();
			Actor china = entities.createQuery("from Actor where slug = 'china'", Actor.class).getSingleResult();
			Actor mexico = entities.createQuery("from Actor where slug = 'mexico'", Actor.class).getSingleResult();
			Proposition proposition = entities.createQuery("from Proposition order by id", Proposition.class)
				.setMaxResults(1)
				.getSingleResult();
			Actor spokesman = anActor("Round Trip Spokeswoman", ActorType.PERSON);
			spokesman.affiliateTo(china, "Spokeswoman");
			spokesman.replaceAliases(List.of("RT 发言人"));
			entities.persist(spokesman);
			Article article = anArticle(reuters, "An editor's article, with “quotes”, commas, and 芬太尼",
					LocalDate.of(2025, 3, 14));
			article.locatedAt(CanonicalUrl.of("https://example.org/news/round-trip?id=1"));
			article.describe("A. Writer; B. Writer", "en", "An editor's summary.",
					"The spokeswoman said: “We oppose it.”\nA second line.");
			entities.persist(article);
			Claim claim = aClaim(article, spokesman, ClaimKind.DIRECT_QUOTE, "We oppose it.");
			claim.inPassage("The spokeswoman said: “We oppose it.”", "said", "The spokeswoman");
			claim.madeJointlyWith(List.of(china));
			claim.concerning(List.of(mexico));
			claim.takeStance(proposition, Stance.DISPUTES);
			claim.summarize("She rejects it.");
			entities.persist(claim);
			// The form refuses the same words twice, but a database filled otherwise may hold them: each is its own.
			Claim again = aClaim(article, spokesman, ClaimKind.DIRECT_QUOTE, "We oppose it.");
			again.inPassage("“We oppose it.”\nA second line.", null, null);
			again.summarize("The same words, a second time.");
			entities.persist(again);
			// Two links of one route, told apart only by what they say.
			SupplyChainLink first = aLink(china, mexico, Commodity.PRECURSOR_CHEMICALS, Stage.TRAFFICKING, claim);
			first.describe(List.of(Channel.SHIPPING_CONTAINERS), "2024", "By sea.");
			entities.persist(first);
			SupplyChainLink second = aLink(china, mexico, Commodity.PRECURSOR_CHEMICALS, Stage.TRAFFICKING, again);
			second.describe(List.of(Channel.AIR_CARGO), "2025", "By air.");
			entities.persist(second);
		});
	}

	/**
	 * An export's records, without what differs from one database to another by design: the moment of the export,
	 * the history (the import is a revision of its own), the numbers each database gives articles, claims and links
	 * (replaced by what identifies them: an article's key or address, a claim's article, claimant and words, a link's
	 * ends, commodity and stage) and so the order of the records, which are sorted.
	 */
	private static Map<String, JsonNode> content(byte[] export) throws IOException {
		ObjectNode document = (ObjectNode) JSON.readTree(export);
		Map<String, String> articles = identities(document.get("articles"),
				row -> row.get("key").isNull() ? row.get("url").asString() : row.get("key").asString());
		Map<String, String> claims = identities(document.get("claims"), row -> articles.get(row.get("article")
			.asString()) + " / " + row.get("claimant").asString() + " / " + row.get("content").asString() + " / "
				+ row.get("passage").asString());
		Map<String, String> links = identities(document.get("supplyChainLinks"), row -> row.get("from").asString()
				+ " > " + row.get("to").asString() + " " + row.get("moves").asString() + " " + row.get("stage").asString()
				+ " / " + row.get("description").asString());
		Map<String, JsonNode> sections = new HashMap<>();
		for (String section : SECTIONS) {
			assertThat(document.has(section)).as(section).isTrue();
			List<JsonNode> rows = new ArrayList<>();
			for (JsonNode row : document.get(section)) {
				ObjectNode record = (ObjectNode) row.deepCopy();
				switch (section) {
					case "articles" -> renumber(record, "id", articles);
					case "claims" -> renumber(record, "id", claims);
					case "supplyChainLinks" -> renumber(record, "id", links);
					default -> {
					}
				}
				renumber(record, "article", articles);
				renumber(record, "claim", claims);
				renumber(record, "link", links);
				rows.add(record);
			}
			rows.sort(Comparator.comparing(JsonNode::toString));
			sections.put(section, JSON.valueToTree(rows));
		}
		return sections;
	}

	private static Map<String, String> identities(JsonNode rows, Function<JsonNode, String> identity) {
		Map<String, String> identities = new HashMap<>();
		for (JsonNode row : rows) {
			identities.put(row.get("id").asString(), identity.apply(row));
		}
		return identities;
	}

	private static void renumber(ObjectNode record, String field, Map<String, String> numbers) {
		if (numbers != null && record.has(field) && !record.get(field).isNull()) {
			record.put(field, numbers.getOrDefault(record.get(field).asString(), "unknown " + record.get(field)));
		}
	}

	private static int recordCount(Map<String, JsonNode> content) {
		int count = 0;
		for (String section : List.of("outlets", "propositions", "actors", "articles", "claims", "supplyChainLinks",
				"propositionTargets")) {
			count += content.get(section).size();
		}
		return count;
	}

}
