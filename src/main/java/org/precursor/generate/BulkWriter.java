package org.precursor.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes rows through one connection in JDBC batches. A phase registers its inserts parents first, then says when
 * each of its main rows is complete; every {@code rowsPerCommit} main rows all batches run, in that order, so that
 * every row finds the rows it refers to, and the transaction commits, which keeps the database's undo log small.
 */
final class BulkWriter implements AutoCloseable {

	private final Connection connection;

	private final int rowsPerCommit;

	private final List<Insert> inserts = new ArrayList<>();

	private int pendingRows;

	BulkWriter(Connection connection, int rowsPerCommit) throws SQLException {
		this.connection = connection;
		this.rowsPerCommit = rowsPerCommit;
		connection.setAutoCommit(false);
	}

	Connection connection() {
		return connection;
	}

	Insert insert(String table, String... columns) throws SQLException {
		String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
		Insert insert = new Insert(connection.prepareStatement(sql));
		inserts.add(insert);
		return insert;
	}

	void rowDone() throws SQLException {
		if (++pendingRows >= rowsPerCommit) {
			flush();
		}
	}

	/** Writes what is pending and closes the phase's inserts. */
	void endPhase() throws SQLException {
		flush();
		for (Insert insert : inserts) {
			insert.statement.close();
		}
		inserts.clear();
	}

	private void flush() throws SQLException {
		if (pendingRows == 0 && inserts.isEmpty()) {
			return;
		}
		for (Insert insert : inserts) {
			insert.execute();
		}
		connection.commit();
		pendingRows = 0;
	}

	/** Closes the connection; what a failed phase had not committed is rolled back. */
	@Override
	public void close() throws SQLException {
		try {
			for (Insert insert : inserts) {
				insert.statement.close();
			}
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		finally {
			connection.close();
		}
	}

	/** One insert statement, its values set in column order, each row added to the batch by {@link #add}. */
	static final class Insert {

		private final PreparedStatement statement;

		private int column;

		private int batched;

		private Insert(PreparedStatement statement) {
			this.statement = statement;
		}

		Insert value(long value) throws SQLException {
			statement.setLong(++column, value);
			return this;
		}

		Insert value(int value) throws SQLException {
			statement.setInt(++column, value);
			return this;
		}

		Insert value(boolean value) throws SQLException {
			statement.setBoolean(++column, value);
			return this;
		}

		Insert value(String value) throws SQLException {
			if (value == null) {
				statement.setNull(++column, Types.VARCHAR);
			}
			else {
				statement.setString(++column, value);
			}
			return this;
		}

		Insert value(LocalDate value) throws SQLException {
			if (value == null) {
				statement.setNull(++column, Types.DATE);
			}
			else {
				statement.setObject(++column, value);
			}
			return this;
		}

		/** An optional reference: {@code 0} means none (no generated id is 0). */
		Insert reference(long id) throws SQLException {
			if (id == 0) {
				statement.setNull(++column, Types.BIGINT);
			}
			else {
				statement.setLong(++column, id);
			}
			return this;
		}

		void add() throws SQLException {
			statement.addBatch();
			column = 0;
			batched++;
		}

		private void execute() throws SQLException {
			if (batched > 0) {
				statement.executeBatch();
				batched = 0;
			}
		}

	}

}
