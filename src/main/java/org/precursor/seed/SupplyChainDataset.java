package org.precursor.seed;

import java.util.List;

import org.springframework.core.io.ResourceLoader;

/**
 * The supply-chain part of the seed dataset: the links with the claims that assert and dispute them, what taking
 * a side on a proposition means for its targets, and the actors file, whose places the links may need. It refers
 * to claims by their seed key, so it loads after the core dataset, as a dataset of its own.
 */
public record SupplyChainDataset(SeedFile actors, SeedFile links, SeedFile propositionTargets) {

	public static SupplyChainDataset read(ResourceLoader loader, String location) {
		String folder = location.endsWith("/") ? location : location + "/";
		return new SupplyChainDataset(SeedFile.read(loader.getResource(folder + "actors.tsv"), 8),
				SeedFile.read(loader.getResource(folder + "supply-chain.tsv"), 10),
				SeedFile.read(loader.getResource(folder + "proposition-targets.tsv"), 4));
	}

	public String checksum() {
		return SeedFile.checksum(List.of(actors, links, propositionTargets));
	}

}
