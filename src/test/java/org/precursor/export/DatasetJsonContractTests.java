package org.precursor.export;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.Outlet;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimKind;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;
import org.precursor.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.TestData.aClaim;
import static org.precursor.support.TestData.aCountry;
import static org.precursor.support.TestData.aProposition;
import static org.precursor.support.TestData.aRepublication;
import static org.precursor.support.TestData.anActor;
import static org.precursor.support.TestData.anOutlet;

/**
 * The dataset export on every supported database: every section, every record of each, and the records' fields and
 * references as stored, Chinese text included.
 */
@DatabaseTest
abstract class DatasetJsonContractTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private DatasetJson dataset;

	@Autowired
	private JdbcTemplate jdbc;

	private Claim claim;

	@BeforeEach
	void buildTheWorld() {
		Outlet wire = entities.persist(anOutlet("Dataset Wire"));
		Outlet blog = entities.persist(anOutlet("Dataset Blog"));
		Article copy = entities.persist(aRepublication(blog, wire, "转载：芬太尼", LocalDate.of(2024, 5, 2)));
		Actor country = aCountry("Datasetland");
		country.replaceAliases(List.of("DSL"));
		entities.persist(country);
		Actor spokesman = anActor("Dataset Spokesman", ActorType.PERSON);
		spokesman.affiliateTo(country, "Spokesman");
		entities.persist(spokesman);
		Proposition source = entities.persist(aProposition("Datasetland is the source"));
		claim = aClaim(copy, spokesman, ClaimKind.DIRECT_QUOTE, "我们坚决反对");
		claim.inPassage("他说：“我们坚决反对”。", "说", "他");
		claim.concerning(List.of(country));
		claim.takeStance(source, Stance.DISPUTES);
		entities.persist(claim);
		entities.flush();
		entities.clear();
	}

	@Test
	void writesEverySectionWithEveryRecord() throws Exception {
		JsonNode document = export();

		assertThat(document.get("format").asString()).isEqualTo(DatasetJson.FORMAT);
		assertThat(document.get("formatVersion").asInt()).isEqualTo(DatasetJson.FORMAT_VERSION);
		List<String> sections = new ArrayList<>();
		DatasetJson.SECTIONS.forEach(section -> sections.add(section.name()));
		assertThat(document.propertyNames()).containsSubsequence(sections);
		assertThat(document.get("outlets")).hasSize(count("outlet"));
		assertThat(document.get("actors")).hasSize(count("actor"));
		assertThat(document.get("articles")).hasSize(count("article"));
		assertThat(document.get("claims")).hasSize(count("claim"));
		assertThat(document.get("claimStances")).hasSize(count("claim_stance"));
		assertThat(document.get("revisions")).hasSize(count("revision_info"));
	}

	@Test
	void keepsEachRecordsFieldsAndReferencesAsStored() throws Exception {
		JsonNode document = export();

		JsonNode written = find(document.get("claims"), "id", String.valueOf(claim.getId()));
		assertThat(written.get("content").asString()).isEqualTo("我们坚决反对");
		assertThat(written.get("passage").asString()).isEqualTo("他说：“我们坚决反对”。");
		assertThat(written.get("cue").asString()).isEqualTo("说");
		assertThat(written.get("claimant").asString()).isEqualTo("dataset-spokesman");
		assertThat(written.get("kind").asString()).isEqualTo("DIRECT_QUOTE");
		JsonNode article = find(document.get("articles"), "id", written.get("article").asString());
		assertThat(article.get("title").asString()).isEqualTo("转载：芬太尼");
		assertThat(article.get("outlet").asString()).isEqualTo("dataset-blog");
		assertThat(article.get("originalOutlet").asString()).isEqualTo("dataset-wire");
		assertThat(article.get("publishedOn").asString()).isEqualTo("2024-05-02");
		assertThat(find(document.get("actors"), "id", "dataset-spokesman").get("parent").asString())
			.isEqualTo("datasetland");
		assertThat(find(document.get("actorAliases"), "actor", "datasetland").get("alias").asString()).isEqualTo("DSL");
		JsonNode stance = find(document.get("claimStances"), "claim", String.valueOf(claim.getId()));
		assertThat(stance.get("proposition").asString()).isEqualTo("datasetland-is-the-source");
		assertThat(stance.get("stance").asString()).isEqualTo("DISPUTES");
		assertThat(find(document.get("claimAbout"), "claim", String.valueOf(claim.getId())).get("actor").asString())
			.isEqualTo("datasetland");
	}

	private JsonNode export() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		dataset.write(out);
		return JsonMapper.builder().build().readTree(out.toByteArray());
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static JsonNode find(JsonNode records, String field, String value) {
		for (JsonNode record : records) {
			if (record.get(field).asString().equals(value)) {
				return record;
			}
		}
		throw new AssertionError("No record with " + field + " " + value);
	}

}
