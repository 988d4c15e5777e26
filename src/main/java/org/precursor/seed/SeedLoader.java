package org.precursor.seed;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Brings the database up to the shipped seed dataset while the application starts, before the web server takes
 * its first request (once every bean exists, inside the context refresh): an empty database gets the current
 * version whole, or start-up fails naming the broken row; a database loaded from an older version takes the newer
 * one once, and anything it cannot apply is logged and listed for review without stopping start-up. The
 * supply-chain dataset loads on the first start that lacks it, so a database seeded before the supply chain
 * existed gains its links once, and follows the seed dataset's version: its links take a newer version's
 * corrections in the same way. {@code precursor.seed.enabled=false} leaves the database as it is; it is read when the
 * application starts, not as a condition on the bean, so that an ahead-of-time processed build honours it too.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

	static final String DATASET_NAME = "precursor-seed";

	static final String SUPPLY_CHAIN_DATASET_NAME = "precursor-supply-chain";

	private final SeedImporter importer;

	private final SupplyChainImporter supplyChainImporter;

	private final ResourceLoader resources;

	private final String location;

	private final boolean enabled;

	SeedLoader(SeedImporter importer, SupplyChainImporter supplyChainImporter, ResourceLoader resources,
			@Value("${precursor.seed.location:" + SeedDataset.DEFAULT_LOCATION + "}") String location,
			@Value("${precursor.seed.enabled:true}") boolean enabled) {
		this.importer = importer;
		this.supplyChainImporter = supplyChainImporter;
		this.resources = resources;
		this.location = location;
		this.enabled = enabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (enabled) {
			load();
		}
	}

	void load() {
		if (!importer.isImported(DATASET_NAME)) {
			importer.importOnce(DATASET_NAME, SeedDataset.read(resources, location));
		}
		else {
			upgrade();
		}
		int version = importer.importedVersion(DATASET_NAME).orElse(1);
		if (!importer.isImported(SUPPLY_CHAIN_DATASET_NAME)) {
			supplyChainImporter.importOnce(SUPPLY_CHAIN_DATASET_NAME, SupplyChainDataset.read(resources, location),
					version);
		}
		else if (version > importer.importedVersion(SUPPLY_CHAIN_DATASET_NAME).orElse(1)) {
			try {
				supplyChainImporter.upgrade(SUPPLY_CHAIN_DATASET_NAME, SupplyChainDataset.read(resources, location),
						version);
			}
			catch (RuntimeException ex) {
				importer.listFailedUpgrade(SUPPLY_CHAIN_DATASET_NAME, version, ex);
			}
		}
	}

	/** A newer dataset that cannot be read or applied is reported, and the data stays as it was. */
	private void upgrade() {
		int version = 0;
		try {
			version = SeedDataset.version(resources.getResource(SeedDataset.folder(location) + "VERSION"));
			if (version > importer.importedVersion(DATASET_NAME).orElse(1)) {
				importer.upgrade(DATASET_NAME, SeedDataset.read(resources, location));
			}
		}
		catch (RuntimeException ex) {
			importer.listFailedUpgrade(DATASET_NAME, version, ex);
		}
	}

}
