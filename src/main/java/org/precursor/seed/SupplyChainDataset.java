package org.precursor.seed;

import java.util.List;

import org.springframework.core.io.ResourceLoader;

/**
 * The supply-chain part of the seed dataset: the links with the claims that assert and dispute them, what taking
 * a side on a proposition means for its targets, and the actors file, whose places the links may need. It refers
 * to claims by their seed key, so it loads after the core dataset, as a dataset of its own.
 */
public record SupplyChainDataset(SeedFile actors, SeedFile links, SeedFile propositionTargets) {

	static final SeedLayout LINKS = SeedLayout.of("key", "from", "to", "moves", "how", "stage", "period",
			"asserted_by", "disputed_by", "description");

	static final SeedLayout TARGETS = SeedLayout.of("proposition", "actor", "supporting", "why");

	public static SupplyChainDataset read(ResourceLoader loader, String location) {
		String folder = SeedDataset.folder(location);
		return new SupplyChainDataset(SeedFile.read(loader.getResource(folder + "actors.tsv"), SeedDataset.ACTORS),
				SeedFile.read(loader.getResource(folder + "supply-chain.tsv"), LINKS),
				SeedFile.read(loader.getResource(folder + "proposition-targets.tsv"), TARGETS));
	}

	public String checksum() {
		return SeedFile.checksum(List.of(actors, links, propositionTargets));
	}

}
