package org.precursor.network;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.precursor.support.PostgresTestDatabase;

/** The actor network on a real PostgreSQL server. */
class PostgresActorNetworkTests extends ActorNetworkContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.registerFreshDatabase(registry);
	}

}
