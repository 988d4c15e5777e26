package org.precursor.seed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Loads the shipped seed dataset on the first start of an empty database; later starts leave data alone. */
@Component
@ConditionalOnProperty(name = "precursor.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedLoader implements ApplicationRunner {

	static final String DATASET_NAME = "precursor-seed";

	private final SeedImporter importer;

	private final ResourceLoader resources;

	private final String location;

	SeedLoader(SeedImporter importer, ResourceLoader resources,
			@Value("${precursor.seed.location:" + SeedDataset.DEFAULT_LOCATION + "}") String location) {
		this.importer = importer;
		this.resources = resources;
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!importer.isImported(DATASET_NAME)) {
			importer.importOnce(DATASET_NAME, SeedDataset.read(resources, location));
		}
	}

}
