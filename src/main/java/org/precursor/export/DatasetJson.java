package org.precursor.export;

import java.io.OutputStream;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.precursor.web.EmbeddedDatabase;
import org.precursor.web.SiteAddress;

/**
 * The whole dataset as one JSON document: every outlet, proposition, actor (with aliases), article, claim (with its
 * joint claimants, subjects and stances), supply-chain link (with channels and evidence), proposition target, and
 * the change history's revisions (who saved what, when). Each section is read by one statement, row after row, and
 * written as it is read, so memory stays flat whatever the size of the database. Records refer to each other by the
 * identifiers the site uses: slugs for outlets, actors and propositions, numbers for articles, claims and links.
 * Sections and fields are a contract: add them, never rename or remove them.
 */
@Component
public class DatasetJson {

	/** The format's name and version, first in the document, for an importer to check. */
	static final String FORMAT = "precursor-dataset";

	static final int FORMAT_VERSION = 1;

	static final int FETCH_SIZE = 500;

	/** An export may take minutes on the largest datasets; each of its statements may run as long. */
	static final int TIMEOUT_SECONDS = 30 * 60;

	/**
	 * Each section: its name and the statement whose column labels are its fields. Every statement reads one table
	 * along the index of its order and looks up the slugs it names, so that no database sorts a whole table first.
	 */
	static final List<Section> SECTIONS = List.of(
			new Section("outlets", """
					select slug as "id", name as "name", kind as "kind", country as "country", homepage as "homepage",
					    description as "description" from outlet order by id"""),
			new Section("propositions", """
					select slug as "id", text as "text", description as "description" from proposition order by id"""),
			new Section("actors", """
					select a.slug as "id", a.name as "name", a.type as "type", a.country as "country",
					    (select p.slug from actor p where p.id = a.parent_id) as "parent", a.role as "role",
					    a.description as "description"
					from actor a order by a.id"""),
			new Section("actorAliases", """
					select (select a.slug from actor a where a.id = al.actor_id) as "actor", al.alias as "alias"
					from actor_alias al order by al.actor_id, al.alias"""),
			new Section("articles", """
					select a.id as "id", a.seed_key as "key", (select o.slug from outlet o where o.id = a.outlet_id) as "outlet",
					    (select o.slug from outlet o where o.id = a.original_outlet_id) as "originalOutlet",
					    a.title as "title", a.url as "url", a.published_on as "publishedOn",
					    a.date_precision as "datePrecision", a.date_note as "dateNote", a.authors as "authors",
					    a.language as "language", a.off_topic as "offTopic", a.summary as "summary", a.body as "body"
					from article a order by a.id"""),
			new Section("claims", """
					select c.id as "id", c.seed_key as "key", c.article_id as "article",
					    (select a.slug from actor a where a.id = c.claimant_id) as "claimant",
					    c.kind as "kind", c.text as "content", c.passage as "passage", c.content_start as "contentStart",
					    c.cue as "cue", c.speaker_mention as "speakerMention", c.made_on as "madeOn",
					    c.position as "position", c.summary as "summary"
					from claim c order by c.id"""),
			new Section("claimJointClaimants", """
					select j.claim_id as "claim", (select a.slug from actor a where a.id = j.actor_id) as "actor"
					from claim_joint_claimant j order by j.claim_id, j.actor_id"""),
			new Section("claimAbout", """
					select ab.claim_id as "claim", (select a.slug from actor a where a.id = ab.actor_id) as "actor"
					from claim_about ab order by ab.claim_id, ab.actor_id"""),
			new Section("claimStances", """
					select s.claim_id as "claim", (select p.slug from proposition p where p.id = s.proposition_id)
					    as "proposition", s.stance as "stance"
					from claim_stance s order by s.claim_id, s.proposition_id"""),
			new Section("supplyChainLinks", """
					select l.id as "id", l.seed_key as "key", (select a.slug from actor a where a.id = l.origin_id) as "from",
					    (select a.slug from actor a where a.id = l.destination_id) as "to", l.moves as "moves",
					    l.stage as "stage", l.period as "period", l.description as "description"
					from supply_chain_link l order by l.id"""),
			new Section("supplyChainChannels", """
					select link_id as "link", channel as "channel" from supply_chain_link_channel order by link_id, channel"""),
			new Section("supplyChainEvidence", """
					select link_id as "link", claim_id as "claim", role as "role" from supply_chain_evidence
					order by link_id, claim_id"""),
			new Section("propositionTargets", """
					select (select p.slug from proposition p where p.id = t.proposition_id) as "proposition",
					    (select a.slug from actor a where a.id = t.actor_id) as "actor", t.supporting_means as "supporting"
					from proposition_target t order by t.id"""),
			new Section("revisions", """
					select id as "id", revised_at as "at", username as "author" from revision_info order by id"""));

	record Section(String name, String sql) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SiteAddress site;

	DatasetJson(DataSource dataSource, Clock clock, @Value(SiteAddress.PROPERTY) String baseUrl) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.jdbc.setQueryTimeout(TIMEOUT_SECONDS);
		this.clock = clock;
		this.site = SiteAddress.at(baseUrl);
	}

	/**
	 * Writes the document; inside one read-only transaction, so that every section shows the same moment. H2 would
	 * first copy each section's whole result to a temporary file (a million claims took minutes before the first row
	 * came); its lazy execution hands the rows over as it reads them along the index of the order, as PostgreSQL's
	 * cursor does with the fetch size.
	 */
	@Transactional(readOnly = true)
	public void write(OutputStream out) {
		boolean h2 = EmbeddedDatabase.isH2(jdbc);
		if (h2) {
			jdbc.execute("set lazy_query_execution true");
		}
		try {
			writeSections(out);
		}
		finally {
			if (h2) {
				jdbc.execute("set lazy_query_execution false");
			}
		}
	}

	private void writeSections(OutputStream out) {
		try (JsonGenerator json = JsonMapper.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringProperty("format", FORMAT);
			json.writeNumberProperty("formatVersion", FORMAT_VERSION);
			json.writeStringProperty("site", site.base());
			json.writeStringProperty("exportedAt", clock.instant().toString());
			for (Section section : SECTIONS) {
				json.writeArrayPropertyStart(section.name());
				RowCallbackHandler writeRow = rows -> row(json, rows);
				jdbc.query(section.sql(), writeRow);
				json.writeEndArray();
				json.flush();
			}
			json.writeEndObject();
		}
	}

	private static void row(JsonGenerator json, ResultSet rows) throws SQLException {
		ResultSetMetaData columns = rows.getMetaData();
		json.writeStartObject();
		for (int i = 1; i <= columns.getColumnCount(); i++) {
			json.writeName(columns.getColumnLabel(i));
			value(json, rows.getObject(i));
		}
		json.writeEndObject();
	}

	private static void value(JsonGenerator json, Object value) throws SQLException {
		if (value == null) {
			json.writeNull();
		}
		else if (value instanceof Boolean flag) {
			json.writeBoolean(flag);
		}
		else if (value instanceof Number number) {
			json.writeNumber(number.longValue());
		}
		else if (value instanceof java.sql.Date day) {
			json.writeString(day.toLocalDate().toString());
		}
		else if (value instanceof Timestamp time) {
			json.writeString(time.toInstant().toString());
		}
		else if (value instanceof OffsetDateTime time) {
			json.writeString(time.toInstant().toString());
		}
		else if (value instanceof Clob text) {
			json.writeString(text.getSubString(1, (int) text.length()));
		}
		else {
			json.writeString(value.toString());
		}
	}

}
