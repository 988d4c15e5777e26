package org.precursor.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.web.EmbeddedDatabase;

/**
 * What makes a bulk load fast on H2, undone afterwards; on other databases it does nothing. Measured at 2,000,000
 * claims, each of the three roughly doubles the rate at which claims are written.
 * <ul>
 * <li>The secondary indexes of the loaded tables that no constraint needs are dropped before the load and built
 * again after it. H2 updates every index row by row and again when each transaction commits, and for indexes in
 * another order than the rows are written (claims by date) that costs more than the rows themselves; an index built
 * over the finished table is one sorted pass. Each comes back from the definition H2 gives for it ({@code SCRIPT}),
 * so exactly as the migrations made it.</li>
 * <li>Foreign keys are not checked row by row during the load (each check reads a page of the referenced table, most
 * of them not in the cache) but all at once afterwards: {@code SET REFERENTIAL_INTEGRITY TRUE CHECK} refuses to
 * switch them back on over a single row that refers to nothing.</li>
 * <li>Commits are written to the file by H2's background writer ({@code WRITE_DELAY}) instead of by the committing
 * thread, which goes on generating meanwhile, and old chunks are reused at once ({@code RETENTION_TIME} 0), which
 * keeps the file smaller. Both settings are persistent, so the values from before are put back.</li>
 * </ul>
 */
final class H2BulkLoad {

	private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE INDEX \"([^\"]+)\"\\.\"([^\"]+)\"");

	private static final Map<String, String> DURING_LOAD = Map.of("WRITE_DELAY", "1000", "RETENTION_TIME", "0");

	private final Connection connection;

	private final List<String> tables;

	private final List<String> indexes;

	private final Map<String, String> settingsBefore;

	private H2BulkLoad(Connection connection, List<String> tables, List<String> indexes,
			Map<String, String> settingsBefore) {
		this.connection = connection;
		this.tables = tables;
		this.indexes = indexes;
		this.settingsBefore = settingsBefore;
	}

	static H2BulkLoad prepare(Connection connection, List<String> tables) throws SQLException {
		if (!EmbeddedDatabase.isH2(connection)) {
			return new H2BulkLoad(connection, List.of(), List.of(), Map.of());
		}
		List<String> indexes = droppableIndexes(connection, tables);
		Map<String, String> before = settings(connection);
		try (Statement statement = connection.createStatement()) {
			for (String definition : indexes) {
				Matcher index = CREATE_INDEX.matcher(definition);
				index.find();
				statement.execute("drop index \"" + index.group(1) + "\".\"" + index.group(2) + "\"");
			}
			for (String table : tables) {
				statement.execute("alter table " + table + " set referential_integrity false");
			}
			for (Map.Entry<String, String> setting : DURING_LOAD.entrySet()) {
				statement.execute("set " + setting.getKey() + " " + setting.getValue());
			}
		}
		connection.commit();
		return new H2BulkLoad(connection, tables, indexes, before);
	}

	/** How many steps {@link #finish} reports: an index built, or a table's foreign keys checked. */
	int steps() {
		return indexes.size() + tables.size();
	}

	/** Builds the dropped indexes, checks and switches on the foreign keys, and puts the settings back. */
	void finish(Runnable eachStepDone) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> setting : settingsBefore.entrySet()) {
				statement.execute("set " + setting.getKey() + " " + setting.getValue());
			}
			for (String definition : indexes) {
				statement.execute(definition);
				connection.commit();
				eachStepDone.run();
			}
			for (String table : tables) {
				statement.execute("alter table " + table + " set referential_integrity true check");
				connection.commit();
				eachStepDone.run();
			}
		}
	}

	/** After a failed load: the indexes and settings as they were, the foreign keys on without checking the rows. */
	void restoreAfterFailure() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> setting : settingsBefore.entrySet()) {
				statement.execute("set " + setting.getKey() + " " + setting.getValue());
			}
			for (String definition : indexes) {
				statement.execute(definition);
			}
			for (String table : tables) {
				statement.execute("alter table " + table + " set referential_integrity true nocheck");
			}
		}
		connection.commit();
	}

	/** The definitions of the plain indexes on these tables that no constraint was generated with or uses. */
	private static List<String> droppableIndexes(Connection connection, List<String> tables) throws SQLException {
		Set<String> wanted = new HashSet<>();
		tables.forEach(table -> wanted.add(table.toUpperCase(Locale.ROOT)));
		Set<String> droppable = new HashSet<>();
		try (PreparedStatement statement = connection.prepareStatement("select i.index_schema, i.index_name,"
				+ " i.table_name from information_schema.indexes i where i.table_schema = current_schema"
				+ " and i.index_type_name = 'INDEX' and i.is_generated = false and not exists (select 1 from"
				+ " information_schema.table_constraints c where c.index_schema = i.index_schema"
				+ " and c.index_name = i.index_name)");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				if (wanted.contains(rows.getString(3))) {
					droppable.add(rows.getString(1) + "." + rows.getString(2));
				}
			}
		}
		List<String> definitions = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet script = statement.executeQuery("script nodata nopasswords nosettings")) {
			while (script.next()) {
				Matcher index = CREATE_INDEX.matcher(script.getString(1));
				if (index.find() && droppable.contains(index.group(1) + "." + index.group(2))) {
					definitions.add(script.getString(1));
				}
			}
		}
		return definitions;
	}

	private static Map<String, String> settings(Connection connection) throws SQLException {
		Map<String, String> values = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"select setting_name, setting_value from information_schema.settings where setting_name in (?, ?)")) {
			statement.setString(1, "WRITE_DELAY");
			statement.setString(2, "RETENTION_TIME");
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.putIfAbsent(rows.getString(1), rows.getString(2));
				}
			}
		}
		return values;
	}

}
