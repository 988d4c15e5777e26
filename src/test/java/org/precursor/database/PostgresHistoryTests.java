package org.precursor.database;

import javax.sql.DataSource;

import org.precursor.support.OnPostgres;
import org.precursor.support.PostgresTestDatabase;

/** The history contract on a real PostgreSQL server. */
@OnPostgres
class PostgresHistoryTests extends HistoryContractTests {

	@Override
	protected DataSource freshDatabase() {
		return PostgresTestDatabase.freshDataSource();
	}

}
