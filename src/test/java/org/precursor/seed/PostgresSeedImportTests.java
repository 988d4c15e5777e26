package org.precursor.seed;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.precursor.support.PostgresTestDatabase;

/** The seed dataset loaded into a real PostgreSQL server. */
class PostgresSeedImportTests extends SeedImportContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.registerFreshDatabase(registry);
	}

}
