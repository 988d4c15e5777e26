package org.precursor.support;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.precursor.PrecursorApplication;

/**
 * One instance of the application as it runs in production with the {@code postgres} profile, started in this JVM
 * as a context of its own on a free loopback port, pointed at a given PostgreSQL database. Several on one database
 * are several instances behind a proxy. Starting in-process is much quicker than {@link ApplicationProcess}'s
 * second JVM, and is enough wherever the process need not die. {@link HermeticEnvironment} still applies, so the
 * first admin is {@link TestAdmin}.
 */
public final class ApplicationInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final int port;

	private ApplicationInstance(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** Starts an instance on the database at {@code jdbcUrl} (user postgres, no password) and waits until it serves. */
	public static ApplicationInstance start(String jdbcUrl) {
		return new ApplicationInstance(new SpringApplicationBuilder(PrecursorApplication.class).profiles("postgres")
			.run("--server.address=127.0.0.1", "--server.port=0", "--spring.datasource.url=" + jdbcUrl,
					"--spring.datasource.username=postgres", "--spring.datasource.password=", "--spring.thymeleaf.cache=true",
					// Several instances and the suite's other contexts share one server's connections.
					"--spring.datasource.hikari.maximum-pool-size=4"));
	}

	/**
	 * Starts an instance on its own in-memory H2 database, as the run command does but without a file; with
	 * {@code seeded} false the database stays empty but for the migrations.
	 */
	public static ApplicationInstance startOnH2(String name, boolean seeded) {
		return new ApplicationInstance(new SpringApplicationBuilder(PrecursorApplication.class).run(
				"--server.address=127.0.0.1", "--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
				"--spring.thymeleaf.cache=true", "--precursor.seed.enabled=" + seeded));
	}

	/** Starts an instance on a PostgreSQL database, loading the seed dataset or leaving the database empty. */
	public static ApplicationInstance startOnPostgres(String jdbcUrl, boolean seeded) {
		return new ApplicationInstance(new SpringApplicationBuilder(PrecursorApplication.class).profiles("postgres")
			.run("--server.address=127.0.0.1", "--server.port=0", "--spring.datasource.url=" + jdbcUrl,
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--spring.thymeleaf.cache=true", "--spring.datasource.hikari.maximum-pool-size=4",
					"--precursor.seed.enabled=" + seeded));
	}

	/** The instance's beans, for a test that drives a feature directly. */
	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public URI uri(String path) {
		try {
			return new URI("http", null, "127.0.0.1", port, path, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(path, ex);
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
