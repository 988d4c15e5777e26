package org.precursor.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

import org.precursor.actor.Affiliations;

/**
 * Fills an empty database (the seed dataset and nothing more) with a synthetic dataset of the given scale, in
 * JDBC batches straight to the tables, outside JPA and the change history. It refuses a database that already holds
 * synthetic data or claims beyond the seed dataset, and records the run in {@code seed_import} as
 * {@value #MARKER}, its version the number of claims, before it writes anything. Ids continue above those the
 * tables hold, and afterwards each table's identity restarts above the generated ones, so that the application's
 * own inserts carry on from there.
 */
@Component
public class GeneratingDataset {

	static final String MARKER = "synthetic";

	private static final int ROWS_PER_COMMIT = 5_000;

	private static final List<String> BULK_LOADED_TABLES = List.of("outlet", "actor", "actor_alias", "proposition",
			"proposition_target", "article", "claim", "claim_about", "claim_joint_claimant", "claim_voice",
			"claim_stance",
			"supply_chain_link", "supply_chain_link_channel", "supply_chain_evidence");

	private static final List<String> TABLES_WITH_IDENTITY = List.of("outlet", "actor", "proposition",
			"proposition_target", "article", "claim", "supply_chain_link");

	private final DataSource dataSource;

	private final Affiliations affiliations;

	GeneratingDataset(DataSource dataSource, Affiliations affiliations) {
		this.dataSource = dataSource;
		this.affiliations = affiliations;
	}

	/**
	 * Generates the dataset; the same scale and seed always give the same data.
	 * @throws GenerationRefusedException when the database is not empty
	 */
	GenerationSummary generate(GenerationScale scale, long seed, Progress progress) {
		long started = System.nanoTime();
		try (BulkWriter writer = new BulkWriter(open(), ROWS_PER_COMMIT)) {
			Connection connection = writer.connection();
			claimTheDatabase(connection, scale, seed);
			H2BulkLoad bulkLoad = H2BulkLoad.prepare(connection, BULK_LOADED_TABLES);
			double claimSeconds;
			try {
				claimSeconds = new SyntheticDataset(scale, seed).writeInto(writer, progress);
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				try {
					bulkLoad.restoreAfterFailure();
				}
				catch (SQLException restoring) {
					ex.addSuppressed(restoring);
				}
				throw ex;
			}
			progress.started(GenerationPhase.FINISHING);
			int[] done = { 0 };
			bulkLoad.finish(() -> progress.advanced(scale.claims() * (long) ++done[0] / bulkLoad.steps()));
			progress.finished();
			restartIdentities(connection);
			analyze(connection);
			// every row is committed: the lineage of the generated affiliations, so no start after the load rebuilds it
			affiliations.followChanges();
			return new GenerationSummary(scale, (System.nanoTime() - started) / 1e9, claimSeconds);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Generating the synthetic dataset failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * On PostgreSQL the driver sends a batch as one multi-row insert only when asked to (reWriteBatchedInserts), which
	 * makes bulk loading several times faster; the generator asks for it on a connection of its own.
	 */
	private Connection open() throws SQLException {
		Connection connection = dataSource.getConnection();
		String url = connection.getMetaData().getURL();
		if (url == null || !url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts")) {
			return connection;
		}
		connection.close();
		String rewriting = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		return DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class).url(rewriting).build()
			.getConnection();
	}

	/** Refuses a database that is not empty, and records the run before anything is written. */
	private static void claimTheDatabase(Connection connection, GenerationScale scale, long seed)
			throws SQLException {
		Long held = single(connection, "select version from seed_import where name = '" + MARKER + "'");
		if (held != null) {
			throw new GenerationRefusedException(String.format(
					"Refused: the database already holds generated data (%,d claims); --generate fills an empty database only.",
					held));
		}
		Long beyond = single(connection, "select count(*) from claim where seed_key is null");
		if (beyond != null && beyond > 0) {
			throw new GenerationRefusedException(String.format(
					"Refused: the database holds %,d claims beyond the seed dataset; --generate fills an empty database only.",
					beyond));
		}
		try (PreparedStatement marker = connection.prepareStatement(
				"insert into seed_import (name, checksum, imported_at, version) values (?, ?, ?, ?)")) {
			marker.setString(1, MARKER);
			marker.setString(2, "seed " + seed);
			marker.setTimestamp(3, Timestamp.from(Instant.now()));
			marker.setInt(4, scale.claims());
			marker.executeUpdate();
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			if (ex.getSQLState() != null && ex.getSQLState().startsWith("23")) {
				throw new GenerationRefusedException(
						"Refused: another run is generating into this database; --generate fills an empty database only.");
			}
			throw ex;
		}
	}

	private static void restartIdentities(Connection connection) throws SQLException {
		for (String table : TABLES_WITH_IDENTITY) {
			long next = FirstIds.next(connection, table);
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table " + table + " alter column id restart with " + next);
			}
		}
		connection.commit();
	}

	/** Fresh statistics, so that both databases' planners see the tables as they now are. */
	private static void analyze(Connection connection) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("analyze");
		}
	}

	private static Long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			return row.next() ? row.getLong(1) : null;
		}
	}

}
