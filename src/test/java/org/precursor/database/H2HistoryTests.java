package org.precursor.database;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The history contract on the embedded H2 database. */
class H2HistoryTests extends HistoryContractTests {

	@Override
	protected DataSource freshDatabase() {
		return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

}
