package org.precursor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.precursor.support.ApplicationProcess;
import org.precursor.support.HttpVisitor;
import org.precursor.support.HttpVisitor.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The built jar as production starts it: with {@code -Dspring.aot.enabled=true}, so on the context processed ahead
 * of time at build time, whose bean conditions were settled then. Run by {@code mvn verify} after the jar is built.
 */
class ProductionJarIT {

	private static final List<String> PRODUCTION_FLAGS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
			"-Dspring.aot.enabled=true");

	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

	private static final String USERNAME = "jar-admin";

	private static final String PASSWORD = "a long enough password";

	@TempDir
	Path directory;

	@Test
	void startsOnTheContextProcessedAheadOfTimeWithTheSeedDataAndSignsIn() throws Exception {
		try (ApplicationProcess application = startJar("seeded", List.of("--precursor.admin.username=" + USERNAME,
				"--precursor.admin.password=" + PASSWORD))) {
			assertThat(log("seeded")).contains("Starting AOT-processed PrecursorApplication");
			HttpVisitor reader = new HttpVisitor();
			assertThat(reader.get(application.uri("/")).status()).isEqualTo(200);
			Page china = reader.get(application.uri("/actors/china"));
			assertThat(china.status()).isEqualTo(200);
			assertThat(china.body()).contains("there is no fentanyl problem in China");
			assertThat(reader.get(application.uri("/admin")).status()).as("the admin before signing in")
				.isEqualTo(302);

			Page signedIn = reader.submit(application.uri("/login"), "/login",
					Map.of("username", USERNAME, "password", PASSWORD));
			assertThat(signedIn.status()).as("sign-in answer").isEqualTo(302);
			assertThat(signedIn.location()).as("sign-in goes back to the admin").startsWith("/admin");
			assertThat(reader.get(application.uri("/admin")).status()).as("the admin, signed in").isEqualTo(200);
		}
	}

	/** Whether to load the seed data is read when the application starts, not settled when the jar was built. */
	@Test
	void leavesAnEmptyDatabaseEmptyWhenTheSeedDataIsTurnedOff() throws Exception {
		try (ApplicationProcess application = startJar("unseeded", List.of("--precursor.seed.enabled=false"))) {
			assertThat(log("unseeded")).contains("Starting AOT-processed PrecursorApplication");
			HttpVisitor reader = new HttpVisitor();
			assertThat(reader.get(application.uri("/")).status()).isEqualTo(200);
			assertThat(reader.get(application.uri("/actors/china")).status()).isEqualTo(404);
		}
	}

	/** A command's beans depend on its arguments, so it runs on a context set up at run time whatever the flags. */
	@Test
	void runsTheGenerateCommandWithTheProductionFlags() throws Exception {
		List<String> arguments = List.of("--generate", "--claims=2000", "--spring.datasource.url="
				+ ApplicationProcess.shippedH2UrlAt(directory.resolve("generated/precursor")));
		int exitCode = ApplicationProcess.runJar(jar(), PRODUCTION_FLAGS, directory, "generate", arguments,
				STARTUP_LIMIT);

		assertThat(exitCode).as(log("generate")).isZero();
		assertThat(log("generate")).contains("2,000 claims").doesNotContain("AOT-processed");
	}

	private ApplicationProcess startJar(String name, List<String> more) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(
				"--spring.datasource.url=" + ApplicationProcess.shippedH2UrlAt(directory.resolve(name + "/precursor"))));
		arguments.addAll(more);
		return ApplicationProcess.startJar(jar(), PRODUCTION_FLAGS, directory, name, arguments, STARTUP_LIMIT);
	}

	private String log(String name) throws Exception {
		return Files.readString(directory.resolve(name + ".log"), StandardCharsets.UTF_8);
	}

	private static Path jar() {
		String jar = System.getProperty("precursor.test.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			fail("no built jar at " + jar + ": this test runs after the jar is built (mvn verify)");
		}
		return Path.of(jar);
	}

}
