package org.precursor.seed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.LongConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset export ({@code /export/dataset.json}) read back as the rows of a {@link SeedDataset} and a
 * {@link SupplyChainDataset}, so that an import goes through the seed dataset's own upsert. Each record becomes a row
 * in the columns its seed file has; the export's separate sections of aliases, joint claimants, subjects, stances,
 * channels and evidence are folded into the rows they belong to. Articles, claims and links carry their number in
 * the exporting site as {@link #REF}, which the rows that refer to them use. A row that is malformed is named by
 * its section and position: {@code section "claims" row 42}.
 */
record DatasetFile(String site, String exportedAt, SeedDataset core, List<SeedRow> links, List<SeedRow> targets,
		long revisions, String checksum) {

	static final String FORMAT = "precursor-dataset";

	static final int FORMAT_VERSION = 1;

	/** The column holding a record's number in the exporting site, which other rows refer to it by. */
	static final String REF = "ref";

	static final String SECTION = "section ";

	private static final List<String> OUTLET_COLUMNS = List.of("slug", "name", "kind", "country", "homepage",
			"description");

	private static final List<String> PROPOSITION_COLUMNS = List.of("slug", "text", "description");

	private static final List<String> ACTOR_COLUMNS = List.of("slug", "name", "type", "country", "parent", "role",
			"aliases", "description");

	private static final List<String> ARTICLE_COLUMNS = List.of(REF, "key", "outlet", "original_outlet", "title",
			"url", "published_on", "date_precision", "date_note", "authors", "language", "summary", "off_topic",
			"body");

	private static final List<String> CLAIM_COLUMNS = List.of(REF, "key", "article", "claimant", "kind", "content",
			"passage", "cue", "speaker", "about", "stances", "made_on", "position", "summary");

	private static final List<String> LINK_COLUMNS = List.of(REF, "key", "from", "to", "moves", "how", "stage",
			"period", "asserted_by", "disputed_by", "description");

	private static final List<String> TARGET_COLUMNS = List.of("proposition", "actor", "supporting");

	/**
	 * Reads a whole export, telling {@code bytesRead} how far it got; a file that is not an export, or not valid
	 * JSON, is refused with the reason and where. Each record is kept as its row's cells only, read as it streams by.
	 */
	static DatasetFile read(InputStream in, LongConsumer bytesRead) {
		MessageDigest digest = sha256();
		CountingInputStream counting = new CountingInputStream(new DigestInputStream(in, digest), bytesRead);
		// Each record is read as a tree from the middle of the document, which goes on after it.
		JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
		Sections sections = new Sections();
		Map<String, String> header = new HashMap<>();
		try (JsonParser json = mapper.createParser(counting)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw new SeedFormatException("The file is not a dataset export: it does not start with a JSON object");
			}
			while (json.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = json.currentName();
				if (json.nextToken() == JsonToken.START_ARRAY) {
					Section section = sections.start(name);
					while (json.nextToken() == JsonToken.START_OBJECT) {
						section.add(mapper.readTree(json));
					}
				}
				else {
					JsonNode value = mapper.readTree(json);
					header.put(name, value.isNull() ? null : value.asString());
				}
			}
		}
		catch (JacksonException ex) {
			throw new SeedFormatException("The file is not valid JSON: " + ex.getOriginalMessage() + " (at "
					+ ex.getLocation().offsetDescription() + ")");
		}
		String format = header.get("format");
		if (!FORMAT.equals(format)) {
			throw new SeedFormatException("The file is not a Precursor dataset export: its \"format\" is "
					+ (format == null ? "missing" : "'" + format + "'") + " where '" + FORMAT + "' was expected");
		}
		String version = header.get("formatVersion");
		if (!String.valueOf(FORMAT_VERSION).equals(version)) {
			throw new SeedFormatException("The file's formatVersion " + version + " is not one this version of "
					+ "Precursor reads (" + FORMAT_VERSION + ")");
		}
		sections.fold();
		SeedDataset core = new SeedDataset(1, sections.file("outlets"), sections.file("articles"),
				sections.file("actors"), sections.file("propositions"), sections.file("claims"));
		return new DatasetFile(header.get("site"), header.get("exportedAt"), core,
				sections.file("supplyChainLinks").rows(), sections.file("propositionTargets").rows(),
				sections.start("revisions").size(), HexFormat.of().formatHex(digest.digest()));
	}

	/** Rows of every kind, for the report and the progress. */
	long rowCount() {
		return core.outlets().rows().size() + core.propositions().rows().size() + core.actors().rows().size()
				+ core.articles().rows().size() + core.claims().rows().size() + links.size() + targets.size();
	}

	/**
	 * A section as read: each record as the cells of its row, in its columns. {@code fields} names, for each column,
	 * the export's field that fills it, or null for a column filled from another section.
	 */
	private static final class Section {

		private final List<String> columns;

		private final List<String> fields;

		private final List<String[]> rows = new ArrayList<>();

		Section(List<String> columns, List<String> fields) {
			this.columns = columns;
			this.fields = fields;
		}

		void add(JsonNode record) {
			String[] cells = new String[columns.size()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = fields.get(i) == null ? "" : text(record, fields.get(i));
			}
			rows.add(cells);
		}

		int size() {
			return rows.size();
		}

		int column(String name) {
			return columns.indexOf(name);
		}

	}

	/** The sections of an export, and the folding of the small ones into the records they belong to. */
	private static final class Sections {

		private final Map<String, Section> byName = new HashMap<>();

		Section start(String name) {
			Section section = byName.get(name);
			if (section != null) {
				return section;
			}
			section = switch (name) {
				case "outlets" -> new Section(OUTLET_COLUMNS, List.of("id", "name", "kind", "country", "homepage",
						"description"));
				case "propositions" -> new Section(PROPOSITION_COLUMNS, List.of("id", "text", "description"));
				case "actors" -> new Section(ACTOR_COLUMNS, Arrays.asList("id", "name", "type", "country",
						"parent", "role", null, "description"));
				case "actorAliases" -> new Section(List.of("actor", "alias"), List.of("actor", "alias"));
				case "articles" -> new Section(ARTICLE_COLUMNS, List.of("id", "key", "outlet", "originalOutlet",
						"title", "url", "publishedOn", "datePrecision", "dateNote", "authors", "language", "summary",
						"offTopic", "body"));
				case "claims" -> new Section(CLAIM_COLUMNS, Arrays.asList("id", "key", "article",
						"claimant", "kind", "content", "passage", "cue", "speakerMention", null, null, "madeOn",
						"position", "summary"));
				case "claimJointClaimants", "claimAbout" -> new Section(List.of("claim", "actor"),
						List.of("claim", "actor"));
				case "claimStances" -> new Section(List.of("claim", "proposition", "stance"),
						List.of("claim", "proposition", "stance"));
				case "supplyChainLinks" -> new Section(LINK_COLUMNS, Arrays.asList("id", "key", "from",
						"to", "moves", null, "stage", "period", null, null, "description"));
				case "supplyChainChannels" -> new Section(List.of("link", "channel"), List.of("link", "channel"));
				case "supplyChainEvidence" -> new Section(List.of("link", "claim", "role"),
						List.of("link", "claim", "role"));
				case "propositionTargets" -> new Section(TARGET_COLUMNS, List.of("proposition", "actor",
						"supporting"));
				case "revisions" -> new Section(List.of("id"), List.of("id"));
				default -> throw new SeedFormatException(
						"The file has a section '" + name + "' that a dataset export does not have");
			};
			byName.put(name, section);
			return section;
		}

		/** Writes aliases, joint claimants, subjects, stances, channels and evidence into their records' rows. */
		void fold() {
			into("actors", "slug", "aliases", grouped("actorAliases", row -> row[1]));
			Map<String, String> joint = grouped("claimJointClaimants", row -> row[1]);
			Section claims = start("claims");
			int id = claims.column(REF);
			int claimant = claims.column("claimant");
			for (String[] row : claims.rows) {
				String others = joint.get(row[id]);
				if (others != null) {
					row[claimant] = row[claimant] + ";" + others;
				}
			}
			into("claims", REF, "about", grouped("claimAbout", row -> row[1]));
			into("claims", REF, "stances", grouped("claimStances", row -> row[1] + ":" + row[2]));
			into("supplyChainLinks", REF, "how", grouped("supplyChainChannels", row -> row[1]));
			Section evidence = start("supplyChainEvidence");
			Map<String, List<String>> asserting = new HashMap<>();
			Map<String, List<String>> disputing = new HashMap<>();
			for (String[] row : evidence.rows) {
				("DISPUTES".equalsIgnoreCase(row[2]) ? disputing : asserting)
					.computeIfAbsent(row[0], key -> new ArrayList<>())
					.add(row[1]);
			}
			into("supplyChainLinks", REF, "asserted_by", joined(asserting));
			into("supplyChainLinks", REF, "disputed_by", joined(disputing));
			Section articles = start("articles");
			int offTopic = articles.column("off_topic");
			for (String[] row : articles.rows) {
				row[offTopic] = "true".equals(row[offTopic]) ? "yes" : "no";
			}
		}

		SeedFile file(String name) {
			Section section = start(name);
			Map<String, Integer> positions = new LinkedHashMap<>();
			for (int i = 0; i < section.columns.size(); i++) {
				positions.put(section.columns.get(i), i);
			}
			Map<String, Integer> shared = Map.copyOf(positions);
			List<SeedRow> rows = new ArrayList<>(section.rows.size());
			int number = 0;
			for (String[] cells : section.rows) {
				rows.add(new SeedRow(SECTION + "\"" + name + "\"", ++number, Arrays.asList(cells), shared));
			}
			return new SeedFile(name, "", rows);
		}

		private void into(String name, String keyColumn, String column, Map<String, String> values) {
			Section section = start(name);
			int key = section.column(keyColumn);
			int target = section.column(column);
			for (String[] row : section.rows) {
				row[target] = values.getOrDefault(row[key], "");
			}
		}

		/** The second section's values, ";"-joined for each of the first column's keys. */
		private Map<String, String> grouped(String name, Function<String[], String> value) {
			Map<String, List<String>> grouped = new HashMap<>();
			for (String[] row : start(name).rows) {
				grouped.computeIfAbsent(row[0], key -> new ArrayList<>()).add(value.apply(row));
			}
			return joined(grouped);
		}

		private static Map<String, String> joined(Map<String, List<String>> grouped) {
			Map<String, String> joined = new HashMap<>();
			grouped.forEach((key, values) -> joined.put(key, String.join(";", values)));
			return joined;
		}

	}

	/** A field as its row's cell: empty for a missing or null value, so that it reads as absent. */
	private static String text(JsonNode record, String field) {
		JsonNode value = record.get(field);
		return value == null || value.isNull() ? "" : value.asString();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Tells how many bytes were read, every megabyte, for the progress of a large file. */
	private static final class CountingInputStream extends FilterInputStream {

		private static final long STEP = 1 << 20;

		private final LongConsumer bytesRead;

		private long count;

		private long told;

		CountingInputStream(InputStream in, LongConsumer bytesRead) {
			super(in);
			this.bytesRead = bytesRead;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(long n) {
			count += n;
			if (count - told >= STEP) {
				told = count;
				bytesRead.accept(count);
			}
		}

	}

}
