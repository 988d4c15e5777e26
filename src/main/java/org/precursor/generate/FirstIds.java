package org.precursor.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The first id of each table the generator writes: one above the highest the table holds. */
record FirstIds(long outlet, long actor, long proposition, long propositionTarget, long article, long claim,
		long link) {

	static FirstIds after(Connection connection) throws SQLException {
		return new FirstIds(next(connection, "outlet"), next(connection, "actor"), next(connection, "proposition"),
				next(connection, "proposition_target"), next(connection, "article"), next(connection, "claim"),
				next(connection, "supply_chain_link"));
	}

	static long next(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
			row.next();
			return row.getLong(1);
		}
	}

}
