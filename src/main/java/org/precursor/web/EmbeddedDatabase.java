package org.precursor.web;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whether the database is the embedded H2, for the few statements that only H2 takes or needs. */
public final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	public static boolean isH2(Connection connection) throws SQLException {
		return "H2".equals(connection.getMetaData().getDatabaseProductName());
	}

	public static boolean isH2(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) EmbeddedDatabase::isH2));
	}

}
