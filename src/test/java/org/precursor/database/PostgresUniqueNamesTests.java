package org.precursor.database;

import javax.sql.DataSource;

import org.precursor.support.OnPostgres;
import org.precursor.support.PostgresTestDatabase;

/** Unique names under concurrent forms, on a real PostgreSQL server. */
@OnPostgres
class PostgresUniqueNamesTests extends UniqueNamesContractTests {

	@Override
	protected DataSource freshDatabase() {
		return PostgresTestDatabase.freshDataSource();
	}

}
