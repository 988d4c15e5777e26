package org.precursor.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets one instance at a time do the start-up work that first checks the database and then writes to it, such as
 * creating the first admin or importing the seed dataset, when several instances start together on one database.
 * The lock is the row of {@code start_up_lock}, taken with {@code select ... for update}: it is held until the
 * caller's transaction ends, and a second instance waits for it, so its own check, made after the lock, sees what
 * the first committed. The same statement works on H2 and PostgreSQL.
 */
@Component
public class StartUpLock {

	private final JdbcTemplate jdbc;

	StartUpLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits until no other transaction holds the lock, then holds it until the current transaction ends. */
	public void holdUntilCommit() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The start-up lock is held until commit, so it needs a transaction");
		}
		jdbc.queryForObject("select name from start_up_lock where name = 'start-up' for update", String.class);
	}

}
