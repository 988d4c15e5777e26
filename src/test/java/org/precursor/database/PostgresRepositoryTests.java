package org.precursor.database;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.precursor.support.PostgresTestDatabase;

/** The repository contract on a real PostgreSQL server. */
class PostgresRepositoryTests extends RepositoryContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.registerFreshDatabase(registry);
	}

}
