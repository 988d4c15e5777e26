package org.precursor.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.precursor.PrecursorApplication;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The application as its users run it: a JVM of its own, started from the build's classes and libraries with the
 * shipped configuration (the test classpath's own classes and resources, such as the in-memory test database and
 * {@link HermeticEnvironment}, are left out; so are the caller's environment variables), listening on loopback only.
 * For tests that need what no in-JVM context can give, such as the process dying: {@link #kill()} is SIGKILL.
 * <p>
 * A machine that cannot start a second JVM reports the test as not run, unless {@value #REQUIRED_FLAG}{@code =true}
 * makes that a failure. The system property {@value #JAVA_PROPERTY} names another {@code java} to run it with. Each
 * start leaves the process's output in {@code <directory>/<name>.log}.
 */
public final class ApplicationProcess implements AutoCloseable {

	public static final String REQUIRED_FLAG = "PRECURSOR_REQUIRE_CHILD_JVM";

	/** The {@code java} that runs the application; by default the one running the tests. */
	public static final String JAVA_PROPERTY = "precursor.test.java";

	private static final String H2_FILE_PREFIX = "jdbc:h2:file:";

	private static final List<String> KEPT_ENVIRONMENT = List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR");

	private final Process process;

	private final int port;

	private final Path log;

	private ApplicationProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * The shipped default datasource URL with only its file path replaced, so that every setting after the path
	 * ({@code ;AUTO_SERVER=FALSE;...}) is exactly the one users get.
	 */
	public static String shippedH2UrlAt(Path databaseFile) {
		String shipped = shippedProperty("spring.datasource.url");
		if (!shipped.startsWith(H2_FILE_PREFIX)) {
			fail("the shipped default database is no longer an H2 file database: " + shipped);
		}
		int settings = shipped.indexOf(';');
		return H2_FILE_PREFIX + databaseFile.toAbsolutePath() + (settings < 0 ? "" : shipped.substring(settings));
	}

	/** A property of the shipped {@code application.properties}, read from the main classes, not the tests'. */
	public static String shippedProperty(String name) {
		Path file = mainClasses().resolve("application.properties");
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		String value = properties.getProperty(name);
		if (value == null) {
			fail(name + " is not set in " + file);
		}
		return value.strip();
	}

	/**
	 * Starts the application in {@code directory} (its working directory) and waits until it answers on loopback.
	 * {@code arguments} are Spring Boot command-line arguments such as {@code --spring.datasource.url=...}.
	 */
	public static ApplicationProcess start(Path directory, String name, List<String> arguments, Duration startupLimit)
			throws IOException, InterruptedException {
		return start(directory, name, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(),
				PrecursorApplication.class.getName()), arguments, startupLimit);
	}

	/**
	 * Starts the built jar ({@code java FLAGS -jar JAR ARGUMENTS}) as {@link #start} starts the classes: the jar as
	 * it ships, with the JVM flags production gives it.
	 */
	public static ApplicationProcess startJar(Path jar, List<String> jvmFlags, Path directory, String name,
			List<String> arguments, Duration startupLimit) throws IOException, InterruptedException {
		List<String> launch = new ArrayList<>(jvmFlags);
		launch.addAll(List.of("-jar", jar.toString()));
		return start(directory, name, launch, arguments, startupLimit);
	}

	private static ApplicationProcess start(Path directory, String name, List<String> launch, List<String> arguments,
			Duration startupLimit) throws IOException, InterruptedException {
		Path java = java();
		int port = freeLoopbackPort();
		List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:+UseSerialGC",
				"-Djava.awt.headless=true"));
		command.addAll(launch);
		command.addAll(List.of("--server.address=127.0.0.1", "--server.port=" + port, "--spring.main.banner-mode=off"));
		command.addAll(arguments);
		Path log = directory.resolve(name + ".log");
		ApplicationProcess application = new ApplicationProcess(launch(command, directory, log), port, log);
		application.awaitAnswer(startupLimit);
		return application;
	}

	/**
	 * Runs the built jar as a one-off command ({@code java FLAGS -jar JAR ARGUMENTS}, such as {@code --generate})
	 * and waits for it to end, returning its exit code; its output is in {@code <directory>/<name>.log}.
	 */
	public static int runJar(Path jar, List<String> jvmFlags, Path directory, String name, List<String> arguments,
			Duration limit) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java().toString()));
		command.addAll(jvmFlags);
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(arguments);
		Process process = launch(command, directory, directory.resolve(name + ".log"));
		if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail(String.join(" ", arguments) + " did not end within " + limit.toSeconds() + " s");
		}
		return process.exitValue();
	}

	private static Path java() {
		Path java = Path.of(System.getProperty(JAVA_PROPERTY, Path.of(System.getProperty("java.home"), "bin", "java")
			.toString()));
		ExternalRequirement.require(Files.isExecutable(java), REQUIRED_FLAG,
				"this test starts the application in a second JVM and there is no executable " + java);
		return java;
	}

	private static Process launch(List<String> command, Path directory, Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().retainAll(KEPT_ENVIRONMENT);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			ExternalRequirement.require(false, REQUIRED_FLAG, "this test starts the application in a second JVM, and "
					+ "starting " + command.get(0) + " failed: " + ex);
			throw ex;
		}
		// Whatever happens to this test JVM, the application dies with it.
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return process;
	}

	public URI uri(String path) {
		try {
			return new URI("http", null, "127.0.0.1", port, path, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(path, ex);
		}
	}

	/** Kills the process without warning (SIGKILL): no shutdown hook, no closing of the database. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			fail("the application did not die within 30 s of SIGKILL");
		}
	}

	/** The last lines the process wrote, for a failure message. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** Stops the process the gentle way (SIGTERM), and kills it if it does not end in time. */
	@Override
	public void close() throws InterruptedException {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			kill();
		}
	}

	private void awaitAnswer(Duration limit) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest login = HttpRequest.newBuilder(uri("/login")).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("the application ended with exit code " + process.exitValue() + " before it answered:\n"
						+ logTail());
			}
			try {
				if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		fail("the application did not answer within " + limit.toSeconds() + " s:\n" + logTail());
	}

	/** The test JVM's classpath without the test classes and resources: the main classes and the libraries. */
	private static String applicationClasspath() {
		Path testClasses = codeSource(ApplicationProcess.class);
		return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path")
			.split(File.pathSeparator))
			.filter(entry -> !entry.isBlank() && !Path.of(entry).toAbsolutePath().equals(testClasses))
			.toList());
	}

	private static Path mainClasses() {
		return codeSource(PrecursorApplication.class);
	}

	private static Path codeSource(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
