package org.precursor.support;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares, to show that a page costs a fixed number of queries however much
 * data it shows. Needs {@code hibernate.generate_statistics}, which the test configuration switches on.
 */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		if (!statistics.isStatisticsEnabled()) {
			throw new IllegalStateException("hibernate.generate_statistics must be on to count statements");
		}
	}

	/** Runs the action and returns how many statements it prepared. */
	public long countDuring(ThrowingRunnable action) throws Exception {
		statistics.clear();
		action.run();
		return statistics.getPrepareStatementCount();
	}

	/** Something to count, such as one request to a page. */
	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
