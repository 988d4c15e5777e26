package org.precursor.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.precursor.support.ExternalRequirement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped claims stand in their sources: every content verbatim inside its passage, every passage verbatim in
 * the source document its article came from (after folding whitespace and curly quotes), no content carrying its
 * own attribution or stitched from pieces, and no claim twice. The source documents live outside the repository;
 * CI points at them with {@code PRECURSOR_SEEDS_DIR} (default {@code ../shared/seeds}).
 */
class SeedClaimsStandInTheirSourcesTests {

	private Path sources;

	@BeforeEach
	void locateSources() {
		sources = Path.of(System.getenv().getOrDefault("PRECURSOR_SEEDS_DIR", "../shared/seeds"));
		ExternalRequirement.require(Files.isDirectory(sources), "PRECURSOR_REQUIRE_SEEDS",
				"the source documents are not at " + sources.toAbsolutePath());
	}

	@Test
	void everyPassageStandsVerbatimInItsSourceDocument() throws IOException {
		Map<String, String> documentByArticle = new HashMap<>();
		for (Map<String, String> article : rows("articles.tsv")) {
			documentByArticle.put(article.get("key"), article.get("seed_file"));
		}
		Map<String, String> documents = new HashMap<>();
		List<String> mismatches = new ArrayList<>();
		List<Map<String, String>> claims = rows("claims.tsv");
		for (Map<String, String> claim : claims) {
			String document = documents.computeIfAbsent(documentByArticle.get(claim.get("article")), this::read);
			if (!document.contains(normalized(claim.get("passage")))) {
				mismatches.add(claim.get("key") + ": " + claim.get("passage"));
			}
		}

		assertThat(claims).hasSizeGreaterThan(100);
		assertThat(mismatches).as("claims whose passage is not verbatim in the source").isEmpty();
	}

	@Test
	void everyContentStandsVerbatimInItsPassage() throws IOException {
		assertThat(rows("claims.tsv")).allSatisfy(claim -> assertThat(claim.get("passage"))
			.as(claim.get("key"))
			.contains(claim.get("content")));
	}

	@Test
	void noContentCarriesItsOwnAttributionOrIsStitchedFromPieces() throws IOException {
		assertThat(rows("claims.tsv")).allSatisfy(claim -> {
			String content = normalized(claim.get("content")).toLowerCase(Locale.ROOT);
			String cue = normalized(claim.get("cue")).toLowerCase(Locale.ROOT);
			String speaker = normalized(claim.get("speaker")).toLowerCase(Locale.ROOT);
			assertThat(content).as(claim.get("key") + " is stitched").doesNotContain("[…]", "[...]", "…");
			assertThat(content).as(claim.get("key") + " carries its attribution")
				.doesNotContain(speaker + " " + cue, cue + " " + speaker);
			assertThat(content).as(claim.get("key") + " starts with 'that'").doesNotStartWith("that ");
			assertThat(cue).as(claim.get("key") + " has no cue").isNotBlank();
		});
	}

	@Test
	void directQuotesAreTheWordsBetweenTheQuotationMarks() throws IOException {
		assertThat(rows("claims.tsv")).filteredOn(claim -> claim.get("kind").equals("DIRECT_QUOTE"))
			.isNotEmpty()
			.allSatisfy(claim -> assertThat(claim.get("content")).as(claim.get("key"))
				.doesNotStartWith("\"")
				.doesNotStartWith("“")
				.doesNotEndWith(",")
				// an abbreviation keeps its period ("the U.S."); the sentence's full stop does not belong to the quote
				.doesNotMatch("(?s).*(?<!\\b[A-Z])\\."));
	}

	@Test
	void noTwoClaimsOfOneArticleShareContentAndClaimant() throws IOException {
		Map<String, String> seen = new LinkedHashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (Map<String, String> claim : rows("claims.tsv")) {
			String identity = claim.get("article") + "|" + claim.get("claimant") + "|"
					+ normalized(claim.get("content")).toLowerCase(Locale.ROOT);
			String earlier = seen.putIfAbsent(identity, claim.get("key"));
			if (earlier != null) {
				duplicates.add(claim.get("key") + " repeats " + earlier);
			}
		}

		assertThat(duplicates).isEmpty();
	}

	static String normalized(String text) {
		return text.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
			.replaceAll("(?U)\\s+", " ")
			.strip();
	}

	private String read(String document) {
		try {
			return normalized(Files.readString(sources.resolve(document), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read the source document " + document, ex);
		}
	}

	/** The rows of a seed file by the names in its header line ({@code # name<TAB>name...}). */
	private static List<Map<String, String>> rows(String file) throws IOException {
		List<String> lines = Files.readAllLines(Path.of("db/seed", file), StandardCharsets.UTF_8);
		List<String> header = List.of(lines.get(0).replaceFirst("^#\\s*", "").split("\t"));
		return lines.stream().skip(1).filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
			String[] values = line.split("\t", -1);
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i).strip(), i < values.length ? values[i] : "");
			}
			return row;
		}).toList();
	}

}
