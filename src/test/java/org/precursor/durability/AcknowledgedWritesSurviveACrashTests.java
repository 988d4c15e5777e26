package org.precursor.durability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.precursor.support.ApplicationProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write the user was told succeeded survives a crash of the process on the embedded default database: editors
 * add articles through the admin form of the running application, the JVM is killed (SIGKILL) in the middle of
 * the burst (twice), and after a restart on the same database file every article whose form was answered with a
 * redirect is there. The database URL is the shipped default with only its path moved to a temporary folder, so the
 * test fails when the shipped URL stops making H2 write each commit before answering (H2 otherwise keeps commits in
 * memory for up to {@code WRITE_DELAY}, 500 ms, and a crash loses them). A machine that cannot start a second JVM
 * reports the test as not run (see {@link ApplicationProcess}).
 */
class AcknowledgedWritesSurviveACrashTests {

	private static final String USERNAME = "admin";

	private static final String PASSWORD = "durability-crash-test-password";

	private static final int WRITERS = 4;

	/**
	 * Two crashes, the second on the database recovered from the first: H2's delayed writes land every 500 ms, and
	 * a single kill right after one of them could lose nothing even without the fix.
	 */
	private static final int CRASHES = 2;

	/** The crash comes once this many articles were acknowledged, or after {@link #BURST_LIMIT}. */
	private static final int ACKNOWLEDGED_BEFORE_CRASH = 100;

	private static final Duration BURST_LIMIT = Duration.ofSeconds(8);

	private static final int MOST_POSTS_PER_WRITER = 2_000;

	/** Fewer acknowledged writes than this before the crash would prove nothing. */
	private static final int FEWEST_ACKNOWLEDGED = 20;

	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(150);

	private static final Duration CHECK_LIMIT = Duration.ofSeconds(60);

	private static final Pattern ARTICLE_PAGE = Pattern.compile("/admin/articles/(\\d+)");

	@TempDir
	Path directory;

	@Test
	void everyArticleAnsweredWithARedirectIsThereAfterTheProcessIsKilledMidBurst() throws Exception {
		List<String> arguments = List.of(
				"--spring.datasource.url=" + ApplicationProcess.shippedH2UrlAt(directory.resolve("data/precursor")),
				"--precursor.admin.username=" + USERNAME, "--precursor.admin.password=" + PASSWORD);

		List<Burst> bursts = new ArrayList<>();
		for (int crash = 1; crash <= CRASHES; crash++) {
			try (ApplicationProcess application = ApplicationProcess.start(directory, "before-crash-" + crash,
					arguments, STARTUP_LIMIT)) {
				bursts.add(writeUntilKilled(application, "c" + crash));
			}
		}
		List<Acknowledged> acknowledged = bursts.stream().flatMap(burst -> burst.acknowledged().stream()).toList();
		List<Acknowledged> missing;
		try (ApplicationProcess restarted = ApplicationProcess.start(directory, "after-crashes", arguments,
				STARTUP_LIMIT)) {
			missing = missingFrom(restarted, acknowledged);
		}

		for (int crash = 1; crash <= bursts.size(); crash++) {
			Burst burst = bursts.get(crash - 1);
			System.out.printf("Crash %d: %d articles acknowledged in %d ms, %d writes cut off by the kill, %d missing "
					+ "after the restart%n", crash, burst.acknowledged().size(), burst.length().toMillis(), burst.cutOff(),
					missing.stream().filter(burst.acknowledged()::contains).count());
		}
		for (Burst burst : bursts) {
			assertThat(burst.refused()).as("form posts answered with something other than a redirect before a crash")
				.isEmpty();
			assertThat(burst.acknowledged()).as("articles acknowledged before a crash")
				.hasSizeGreaterThanOrEqualTo(FEWEST_ACKNOWLEDGED);
			assertThat(burst.cutOff()).as("writes under way when the process was killed").isPositive();
		}
		assertThat(missing).as("%d of %d acknowledged articles missing after %d crashes", missing.size(),
				acknowledged.size(), CRASHES).isEmpty();
	}

	/**
	 * {@value #WRITERS} editors, each signed in with a session of their own, add articles as fast as the
	 * application answers; once enough are acknowledged the process is killed while their posts are in flight.
	 */
	private static Burst writeUntilKilled(ApplicationProcess application, String name) throws Exception {
		List<Editor> editors = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			editors.add(Editor.signIn(application, USERNAME, PASSWORD));
		}
		Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
		Queue<String> refused = new ConcurrentLinkedQueue<>();
		AtomicBoolean killed = new AtomicBoolean();
		AtomicInteger cutOff = new AtomicInteger();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		long started = System.nanoTime();
		long crashed;
		try {
			for (int w = 0; w < WRITERS; w++) {
				Editor editor = editors.get(w);
				String writer = name + "-w" + w;
				writers.execute(() -> {
					for (int n = 0; n < MOST_POSTS_PER_WRITER && !killed.get(); n++) {
						String key = writer + "-" + n;
						// The full stop keeps "w0-1" from being found inside "w0-10" (a crash can hand its id out again).
						String title = "Durability probe " + key + ".";
						try {
							HttpResponse<String> answer = editor.post("/admin/articles", Map.of("url",
									"https://example.org/durability/" + key, "title", title, "outletName", "Reuters"));
							Matcher page = ARTICLE_PAGE.matcher(answer.headers().firstValue("Location").orElse(""));
							if (answer.statusCode() == 302 && page.find()) {
								acknowledged.add(new Acknowledged(Long.parseLong(page.group(1)), title));
							}
							else {
								refused.add(key + ": " + answer.statusCode() + " " + answer.headers().map());
							}
						}
						catch (IOException ex) {
							if (killed.get()) {
								cutOff.incrementAndGet();
							}
							else {
								refused.add(key + ": no answer: " + ex);
							}
							return;
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				});
			}
			long deadline = System.nanoTime() + BURST_LIMIT.toNanos();
			while (acknowledged.size() < ACKNOWLEDGED_BEFORE_CRASH && System.nanoTime() < deadline
					&& refused.isEmpty()) {
				Thread.sleep(5);
			}
			killed.set(true);
			crashed = System.nanoTime();
			application.kill();
		}
		finally {
			killed.set(true);
			writers.shutdown();
			if (!writers.awaitTermination(30, TimeUnit.SECONDS)) {
				writers.shutdownNow();
			}
		}
		return new Burst(List.copyOf(acknowledged), List.copyOf(refused), cutOff.get(),
				Duration.ofNanos(crashed - started));
	}

	/** The acknowledged articles whose public page the restarted application does not show. */
	private static List<Acknowledged> missingFrom(ApplicationProcess application, List<Acknowledged> acknowledged)
			throws IOException, InterruptedException {
		Editor reader = new Editor(application);
		List<Acknowledged> missing = new ArrayList<>();
		long deadline = System.nanoTime() + CHECK_LIMIT.toNanos();
		for (Acknowledged article : acknowledged) {
			assertThat(System.nanoTime()).as("checking the articles took over %d s", CHECK_LIMIT.toSeconds())
				.isLessThan(deadline);
			HttpResponse<String> page = reader.get("/articles/" + article.id());
			if (page.statusCode() != 200 || !page.body().contains(article.title())) {
				missing.add(article);
			}
		}
		return missing;
	}

	private record Acknowledged(long id, String title) {
	}

	private record Burst(List<Acknowledged> acknowledged, List<String> refused, int cutOff, Duration length) {
	}

	/** A browser-like client: its own cookies (and so its own session), no redirects followed. */
	private static final class Editor {

		private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

		private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

		private final ApplicationProcess application;

		private final HttpClient http;

		private String csrf;

		Editor(ApplicationProcess application) {
			this.application = application;
			this.http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
		}

		/** Signs in through the sign-in form, then takes the token the article form carries from then on. */
		static Editor signIn(ApplicationProcess application, String username, String password)
				throws IOException, InterruptedException {
			Editor editor = new Editor(application);
			editor.csrf = csrfTokenIn(editor.get("/login"));
			HttpResponse<String> signedIn = editor.post("/login", Map.of("username", username, "password", password));
			assertThat(signedIn.statusCode()).as("sign-in answer").isEqualTo(302);
			assertThat(URI.create(signedIn.headers().firstValue("Location").orElse("")).getPath())
				.as("sign-in goes to the dashboard").isEqualTo("/admin");
			HttpResponse<String> form = editor.get("/admin/articles/new");
			assertThat(form.statusCode()).as("the article form, signed in").isEqualTo(200);
			editor.csrf = csrfTokenIn(form);
			return editor;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(application.uri(path)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
			Map<String, String> withToken = new LinkedHashMap<>(fields);
			withToken.put("_csrf", csrf);
			String body = withToken.entrySet()
				.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return http.send(HttpRequest.newBuilder(application.uri(path))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String csrfTokenIn(HttpResponse<String> page) {
			Matcher input = CSRF_INPUT.matcher(page.body());
			assertThat(input.find()).as("a CSRF token in the form of " + page.uri()).isTrue();
			Matcher value = VALUE.matcher(input.group());
			assertThat(value.find()).as("the CSRF token's value").isTrue();
			return value.group(1);
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

}
