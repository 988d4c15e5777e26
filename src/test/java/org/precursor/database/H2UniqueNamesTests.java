package org.precursor.database;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Unique names under concurrent forms, on the embedded H2 database. */
class H2UniqueNamesTests extends UniqueNamesContractTests {

	@Override
	protected DataSource freshDatabase() {
		return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

}
