package org.precursor.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The seed dataset as read from a folder of tab-separated files: outlets, articles, actors, propositions and
 * claims, with its version (the folder's {@code VERSION} file; 1 without one). Reading checks the shape of every
 * row; {@link SeedImporter} checks the references between them.
 */
public record SeedDataset(int version, SeedFile outlets, SeedFile articles, SeedFile actors, SeedFile propositions,
		SeedFile claims) {

	public static final String DEFAULT_LOCATION = "classpath:db/seed/";

	static final SeedLayout OUTLETS = SeedLayout.of("slug", "name", "kind", "country", "homepage", "description");

	static final SeedLayout ARTICLES = SeedLayout.of("key", "outlet", "original_outlet", "title", "url",
			"published_on", "date_precision", "date_note", "authors", "language", "seed_file", "summary")
		.withOptional("off_topic");

	static final SeedLayout ACTORS = SeedLayout.of("slug", "name", "type", "country", "parent", "role", "aliases",
			"description");

	static final SeedLayout PROPOSITIONS = SeedLayout.of("slug", "text", "description");

	/** The claim's verbatim words were once the column {@code text}; the passage around them came later. */
	static final SeedLayout CLAIMS = SeedLayout
		.of("key", "article", "claimant", "kind", "content", "about", "stances", "made_on", "summary")
		.withOptional("passage", "cue", "speaker")
		.renaming("text", "content");

	public static SeedDataset read(ResourceLoader loader, String location) {
		String folder = folder(location);
		return new SeedDataset(version(loader.getResource(folder + "VERSION")),
				SeedFile.read(loader.getResource(folder + "outlets.tsv"), OUTLETS),
				SeedFile.read(loader.getResource(folder + "articles.tsv"), ARTICLES),
				SeedFile.read(loader.getResource(folder + "actors.tsv"), ACTORS),
				SeedFile.read(loader.getResource(folder + "propositions.tsv"), PROPOSITIONS),
				SeedFile.read(loader.getResource(folder + "claims.tsv"), CLAIMS));
	}

	/** A fingerprint of the whole dataset, recorded with the import. */
	public String checksum() {
		return SeedFile.checksum(List.of(outlets, articles, actors, propositions, claims));
	}

	/** What the history calls the changes this dataset makes: "seed dataset v2". */
	public String author() {
		return author(version);
	}

	static String author(int version) {
		return "seed dataset v" + version;
	}

	static String folder(String location) {
		return location.endsWith("/") ? location : location + "/";
	}

	/** The number in the VERSION file, ignoring {@code #} comment lines; a dataset without one is version 1. */
	static int version(Resource resource) {
		if (!resource.exists()) {
			return 1;
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			String number = text.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.findFirst()
				.orElse("");
			int version = Integer.parseInt(number);
			if (version < 1) {
				throw new NumberFormatException();
			}
			return version;
		}
		catch (NumberFormatException ex) {
			throw new SeedFormatException("VERSION: the seed dataset's version must be a whole number from 1");
		}
		catch (IOException ex) {
			throw new SeedFormatException("VERSION cannot be read: " + ex.getMessage());
		}
	}

}
