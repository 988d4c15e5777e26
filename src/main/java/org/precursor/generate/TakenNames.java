package org.precursor.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import org.precursor.web.Slugs;
import org.precursor.web.UniqueNames;

/**
 * The slugs and name keys a table already holds (the seed dataset's, an editor's), so that a synthetic name never
 * clashes with one. Synthetic names carry their number and so never clash with each other.
 */
final class TakenNames {

	private final Set<String> slugs = new HashSet<>();

	private final Set<String> keys = new HashSet<>();

	static TakenNames in(Connection connection, String table, String keyColumn) throws SQLException {
		TakenNames taken = new TakenNames();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select slug, " + keyColumn + " from " + table)) {
			while (rows.next()) {
				taken.slugs.add(rows.getString(1));
				taken.keys.add(rows.getString(2));
			}
		}
		return taken;
	}

	/** The name as given, or marked as synthetic when a record of the table already has it. */
	String free(String name) {
		return isTaken(name) ? name + " (synthetic)" : name;
	}

	private boolean isTaken(String name) {
		return keys.contains(UniqueNames.key(name)) || slugs.contains(Slugs.of(name));
	}

}
