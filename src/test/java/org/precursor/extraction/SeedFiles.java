package org.precursor.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed dataset's tables as the development set needs them: actors, articles and reviewed claims. */
final class SeedFiles {

	static final Path SEED = Path.of("db/seed");

	/** A reviewed claim: the gold statement. */
	record GoldClaim(String article, String content, boolean direct, List<String> claimants, String passage) {
	}

	private SeedFiles() {
	}

	static List<String[]> rows(String table) {
		try {
			List<String[]> rows = new ArrayList<>();
			for (String line : Files.readAllLines(SEED.resolve(table), StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + table, ex);
		}
	}

	/** The known actors as the application reads them: a form per alias, people and unnamed sources as persons. */
	static Gazetteer gazetteer() {
		List<Gazetteer.Form> forms = new ArrayList<>();
		for (String[] row : rows("actors.tsv")) {
			boolean person = row[2].equals("PERSON") || row[2].equals("UNNAMED_SOURCE");
			forms.add(new Gazetteer.Form(row[0], row[1], person, null));
			for (String alias : row[6].split(";")) {
				if (!alias.isBlank()) {
					forms.add(new Gazetteer.Form(row[0], row[1], person, alias.strip()));
				}
			}
		}
		return new Gazetteer(forms);
	}

	/** Each actor's name and aliases by slug, ";" between them. */
	static Map<String, String> actorNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (String[] row : rows("actors.tsv")) {
			names.put(row[0], row[6].isBlank() ? row[1] : row[1] + ";" + row[6]);
		}
		return names;
	}

	static List<GoldClaim> claims() {
		List<GoldClaim> claims = new ArrayList<>();
		for (String[] row : rows("claims.tsv")) {
			claims.add(new GoldClaim(row[1], row[4], row[3].equals("DIRECT_QUOTE"), List.of(row[2].split(";")), row[5]));
		}
		return claims;
	}

	/** Article key by the source document that holds it (several articles may share one). */
	static Map<String, List<String>> articlesBySeedFile() {
		Map<String, List<String>> bySource = new LinkedHashMap<>();
		for (String[] row : rows("articles.tsv")) {
			bySource.computeIfAbsent(row[10], file -> new ArrayList<>()).add(row[0]);
		}
		return bySource;
	}

}
