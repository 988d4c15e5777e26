package org.precursor.seed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped seed dataset on the first start of an empty database, and the supply-chain dataset on the
 * first start that lacks it (so a database seeded before the supply chain existed gains its links once); later
 * starts leave data alone.
 */
@Component
@ConditionalOnProperty(name = "precursor.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedLoader implements ApplicationRunner {

	static final String DATASET_NAME = "precursor-seed";

	static final String SUPPLY_CHAIN_DATASET_NAME = "precursor-supply-chain";

	private final SeedImporter importer;

	private final SupplyChainImporter supplyChainImporter;

	private final ResourceLoader resources;

	private final String location;

	SeedLoader(SeedImporter importer, SupplyChainImporter supplyChainImporter, ResourceLoader resources,
			@Value("${precursor.seed.location:" + SeedDataset.DEFAULT_LOCATION + "}") String location) {
		this.importer = importer;
		this.supplyChainImporter = supplyChainImporter;
		this.resources = resources;
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!importer.isImported(DATASET_NAME)) {
			importer.importOnce(DATASET_NAME, SeedDataset.read(resources, location));
		}
		if (!importer.isImported(SUPPLY_CHAIN_DATASET_NAME)) {
			supplyChainImporter.importOnce(SUPPLY_CHAIN_DATASET_NAME, SupplyChainDataset.read(resources, location));
		}
	}

}
