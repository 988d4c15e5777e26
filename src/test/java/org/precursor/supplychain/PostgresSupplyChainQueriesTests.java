package org.precursor.supplychain;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.precursor.support.PostgresTestDatabase;

/** The supply-chain reads on a real PostgreSQL server. */
class PostgresSupplyChainQueriesTests extends SupplyChainQueriesContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.registerFreshDatabase(registry);
	}

}
