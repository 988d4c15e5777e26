package org.precursor.seed;

import java.util.List;

import org.springframework.core.io.ResourceLoader;

/**
 * The seed dataset as read from a folder of tab-separated files: outlets, articles, actors, propositions and
 * claims. Reading checks the shape of every row; {@link SeedImporter} checks the references between them.
 */
public record SeedDataset(SeedFile outlets, SeedFile articles, SeedFile actors, SeedFile propositions,
		SeedFile claims) {

	public static final String DEFAULT_LOCATION = "classpath:db/seed/";

	public static SeedDataset read(ResourceLoader loader, String location) {
		String folder = location.endsWith("/") ? location : location + "/";
		return new SeedDataset(
				SeedFile.read(loader.getResource(folder + "outlets.tsv"), 6),
				SeedFile.read(loader.getResource(folder + "articles.tsv"), 12),
				SeedFile.read(loader.getResource(folder + "actors.tsv"), 8),
				SeedFile.read(loader.getResource(folder + "propositions.tsv"), 3),
				SeedFile.read(loader.getResource(folder + "claims.tsv"), 9));
	}

	/** A fingerprint of the whole dataset, recorded with the import. */
	public String checksum() {
		return SeedFile.checksum(List.of(outlets, articles, actors, propositions, claims));
	}

}
