package org.precursor.database;

import javax.sql.DataSource;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.precursor.support.PostgresTestDatabase;

/** The history contract on a real PostgreSQL server. */
class PostgresHistoryTests extends HistoryContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.registerFreshDatabase(registry);
	}

	@Override
	protected DataSource freshDatabase() {
		return PostgresTestDatabase.freshDataSource();
	}

}
