package org.precursor.instances;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.precursor.support.ApplicationInstance;
import org.precursor.support.HttpVisitor;
import org.precursor.support.HttpVisitor.Page;
import org.precursor.support.PostgresTestDatabase;
import org.precursor.support.SessionCookieClient;
import org.precursor.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two instances of the application on one PostgreSQL database, as behind a reverse proxy that may send any request
 * to either. They start at the same moment on an empty database and both come up, with the seed dataset and the
 * first admin made once. Whoever answers, a person sees one site: signed in through one instance is signed in on the
 * other, signed out through one is signed out on both, a role taken away through one is gone on the other, and an
 * edit through one shows on the other's public page within a second, even if that page was read, and so could
 * have been cached, just before the edit.
 */
class TwoInstancesOnOneDatabaseTests {

	private static final Duration EDIT_VISIBLE_WITHIN = Duration.ofSeconds(1);

	private static final String PASSWORD = "a-long-enough-password";

	private static final List<ApplicationInstance> instances = new ArrayList<>();

	private static ApplicationInstance a;

	private static ApplicationInstance b;

	private static JdbcTemplate database;

	@BeforeAll
	static void startTwoInstancesAtOnceOnAnEmptyDatabase() throws Exception {
		String url = PostgresTestDatabase.freshDatabaseUrl();
		database = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
		CyclicBarrier together = new CyclicBarrier(2);
		Callable<ApplicationInstance> start = () -> {
			together.await();
			return ApplicationInstance.start(url);
		};
		ExecutorService starting = Executors.newFixedThreadPool(2);
		try {
			List<Future<ApplicationInstance>> started = starting.invokeAll(List.of(start, start));
			List<Throwable> failures = new ArrayList<>();
			for (Future<ApplicationInstance> instance : started) {
				try {
					instances.add(instance.get(3, TimeUnit.MINUTES));
				}
				catch (ExecutionException failed) {
					failures.add(failed.getCause());
				}
			}
			if (!failures.isEmpty()) {
				AssertionError error = new AssertionError(failures.size() + " of the two instances did not start");
				failures.forEach(error::addSuppressed);
				throw error;
			}
		}
		finally {
			starting.shutdownNow();
		}
		a = instances.get(0);
		b = instances.get(1);
	}

	@AfterAll
	static void stopThem() {
		instances.forEach(ApplicationInstance::close);
	}

	@Test
	void twoInstancesStartingTogetherImportTheSeedAndMakeTheFirstAdminOnce() {
		assertThat(database.queryForList("select name from seed_import order by name", String.class))
			.containsExactly("precursor-seed", "precursor-supply-chain");
		assertThat(database.queryForObject("select count(*) from revision_info where username like 'seed dataset v%'",
				Long.class)).as("one import transaction for each dataset").isEqualTo(2);
		assertThat(database.queryForList("select username from account", String.class))
			.containsExactly(TestAdmin.USERNAME);
	}

	@Test
	void signedInThroughOneInstanceIsSignedInOnTheOther() throws Exception {
		HttpVisitor editor = new HttpVisitor();

		assertThat(signIn(editor, a, TestAdmin.USERNAME, TestAdmin.PASSWORD).redirectsTo("/admin")).isTrue();

		Page admin = editor.get(b.uri("/admin"));
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("Sign out");
	}

	@Test
	void signedOutThroughOneInstanceIsSignedOutOnBoth() throws Exception {
		HttpVisitor editor = signedInAdmin(a);
		String session = editor.cookie(a.uri("/"), SessionCookieClient.COOKIE).orElseThrow();
		assertThat(editor.get(b.uri("/admin")).status()).isEqualTo(200);

		assertThat(editor.submit(b.uri("/admin"), "/logout", Map.of()).redirectsTo("/login?signed-out")).isTrue();

		assertThat(editor.get(a.uri("/admin")).redirectsTo("/login")).isTrue();
		HttpVisitor replaying = new HttpVisitor();
		replaying.setCookie(a.uri("/"), SessionCookieClient.COOKIE, session);
		assertThat(replaying.get(a.uri("/admin")).redirectsTo("/login")).as("the old session cookie, sent again")
			.isTrue();
	}

	@Test
	void aRoleTakenAwayThroughOneInstanceIsGoneOnTheOther() throws Exception {
		HttpVisitor admin = signedInAdmin(a);
		String deputy = "deputy-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.submit(a.uri("/admin/accounts"), "/admin/accounts",
				Map.of("username", deputy, "password", PASSWORD, "role", "ADMIN")).status()).isEqualTo(302);
		HttpVisitor deputysBrowser = new HttpVisitor();
		assertThat(signIn(deputysBrowser, b, deputy, PASSWORD).redirectsTo("/admin")).isTrue();
		assertThat(deputysBrowser.get(b.uri("/admin/accounts")).status()).isEqualTo(200);

		long id = database.queryForObject("select id from account where username = ?", Long.class, deputy);
		assertThat(admin.submit(a.uri("/admin/accounts"), "/admin/accounts/" + id + "/role", Map.of("role", "EDITOR"))
			.status()).isEqualTo(302);

		assertThat(deputysBrowser.get(b.uri("/admin/accounts")).status()).isEqualTo(403);
	}

	@Test
	void anEditThroughOneInstanceShowsOnTheOthersPublicPageWithinASecond() throws Exception {
		String description = "Edited through one instance " + UUID.randomUUID();
		URI publicPage = b.uri("/actors/china");
		HttpVisitor reader = new HttpVisitor();
		assertThat(reader.get(publicPage).body()).as("read before the edit").doesNotContain(description);
		long china = database.queryForObject("select id from actor where slug = 'china'", Long.class);

		Page saved = signedInAdmin(a).submit(a.uri("/admin/actors/" + china + "/edit"), "/admin/actors/" + china,
				Map.of("description", description));
		assertThat(saved.redirectsTo("/admin/actors/" + china + "/edit")).as("saved: " + saved).isTrue();

		long deadline = System.nanoTime() + EDIT_VISIBLE_WITHIN.toNanos();
		do {
			if (reader.get(publicPage).body().contains(description)) {
				return;
			}
			Thread.sleep(100);
		}
		while (System.nanoTime() < deadline);
		fail("the other instance still showed the old description " + EDIT_VISIBLE_WITHIN.toMillis()
				+ " ms after the edit");
	}

	private static HttpVisitor signedInAdmin(ApplicationInstance instance) throws Exception {
		HttpVisitor visitor = new HttpVisitor();
		assertThat(signIn(visitor, instance, TestAdmin.USERNAME, TestAdmin.PASSWORD).redirectsTo("/admin")).isTrue();
		return visitor;
	}

	private static Page signIn(HttpVisitor visitor, ApplicationInstance instance, String username, String password)
			throws Exception {
		return visitor.submit(instance.uri("/login"), "/login", Map.of("username", username, "password", password));
	}

}
