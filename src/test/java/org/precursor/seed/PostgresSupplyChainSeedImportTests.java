package org.precursor.seed;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.precursor.support.PostgresTestDatabase;

/** The supply-chain dataset loaded into a real PostgreSQL server. */
class PostgresSupplyChainSeedImportTests extends SupplyChainSeedImportContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.registerFreshDatabase(registry);
	}

}
