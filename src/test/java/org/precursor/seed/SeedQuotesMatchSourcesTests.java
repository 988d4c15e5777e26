package org.precursor.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.precursor.support.ExternalRequirement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every claim's text must appear verbatim in the source document its article came from, after folding
 * whitespace and curly quotes. The source documents live outside the repository; CI points at them with
 * {@code PRECURSOR_SEEDS_DIR} (default {@code ../shared/seeds}).
 */
class SeedQuotesMatchSourcesTests {

	private Path sources;

	@BeforeEach
	void locateSources() {
		sources = Path.of(System.getenv().getOrDefault("PRECURSOR_SEEDS_DIR", "../shared/seeds"));
		ExternalRequirement.require(Files.isDirectory(sources), "PRECURSOR_REQUIRE_SEEDS",
				"the source documents are not at " + sources.toAbsolutePath());
	}

	@Test
	void everyClaimTextAppearsVerbatimInItsSourceDocument() throws IOException {
		Map<String, String> documentByArticle = new HashMap<>();
		for (List<String> article : rows("articles.tsv")) {
			documentByArticle.put(article.get(0), article.get(10));
		}
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (List<String> claim : rows("claims.tsv")) {
			String source = normalized(Files.readString(sources.resolve(documentByArticle.get(claim.get(1))),
					StandardCharsets.UTF_8));
			int from = 0;
			// Quotes interrupted by "he said" are stored as verbatim segments joined by […], in source order.
			for (String segment : claim.get(4).split("\\[…\\]")) {
				int at = source.indexOf(normalized(segment), from);
				if (at < 0) {
					mismatches.add(claim.get(0) + ": " + segment.strip());
					break;
				}
				from = at + normalized(segment).length();
			}
			checked++;
		}

		assertThat(checked).isGreaterThan(100);
		assertThat(mismatches).as("claims whose text is not verbatim in the source").isEmpty();
	}

	@Test
	void directQuotesAreNotWrappedInQuotationMarks() throws IOException {
		assertThat(rows("claims.tsv")).filteredOn(claim -> claim.get(3).equals("DIRECT_QUOTE"))
			.isNotEmpty()
			.allSatisfy(claim -> assertThat(claim.get(4)).doesNotStartWith("\"").doesNotStartWith("“"));
	}

	static String normalized(String text) {
		return text.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
			.replaceAll("(?U)\\s+", " ")
			.strip();
	}

	private static List<List<String>> rows(String file) throws IOException {
		return Files.readAllLines(Path.of("db/seed", file), StandardCharsets.UTF_8).stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> List.of(line.split("\t", -1)))
			.toList();
	}

}
