package org.precursor.seed;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	/** The actors that links and proposition targets name. */
	Set<String> referencedActors() {
		Set<String> slugs = new HashSet<>();
		for (SeedRow row : links.rows()) {
			Optional.ofNullable(row.optional("from")).ifPresent(slugs::add);
			Optional.ofNullable(row.optional("to")).ifPresent(slugs::add);
		}
		for (SeedRow row : propositionTargets.rows()) {
			Optional.ofNullable(row.optional("actor")).ifPresent(slugs::add);
		}
		return slugs;
	}

	public String checksum() {
		return SeedFile.checksum(List.of(actors, links, propositionTargets));
	}

}
