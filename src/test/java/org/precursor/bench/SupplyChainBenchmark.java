package org.precursor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.precursor.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the supply-chain map, the network and their JSON take to render over HTTP: first on the seed dataset,
 * then with 10,000 generated links (and 5,000 generated claims by 300 generated actors) added. Not part of the
 * default suite; run it with
 * {@code mvn -B test -Dtest=SupplyChainBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, adding
 * {@code -Dbench.database=postgres} to run it on PostgreSQL instead of H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.precursor=WARN", "spring.thymeleaf.cache=true" })
class SupplyChainBenchmark {

	private static final List<String> PAGES = List.of("/supply-chain", "/supply-chain.json", "/network",
			"/network.json", "/supply-chain?claimant=united-states", "/supply-chain?outlet=reuters",
			"/supply-chain/compare");

	private static final int WARM_UP = 20;

	private static final int MEASURED = 60;

	private static final long BUDGET_MILLIS = 500;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private static final boolean POSTGRES = "postgres".equals(System.getProperty("bench.database"));

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		if (POSTGRES) {
			PostgresTestDatabase.registerFreshDatabase(registry);
		}
	}

	@Test
	void rendersTheMapAndTheNetworkQuicklyOnTheSeedDataAndWithTenThousandLinks() throws Exception {
		Map<String, double[]> seed = measureAll();
		long seedLinks = count("supply_chain_link");
		new Generated(jdbc, new Random(42)).add(300, 5_000, 10_000);
		if (POSTGRES) {
			// As autovacuum would soon after a bulk load: plans need statistics that know about the new rows.
			jdbc.execute("analyze");
		}
		long largeLinks = count("supply_chain_link");
		Map<String, double[]> large = measureAll();

		StringBuilder report = new StringBuilder(String.format("%nRender times on %s over HTTP, %d requests each after "
				+ "%d to warm up (ms: median / p95 / max)%n%-38s %-26s %-26s%n", POSTGRES ? "PostgreSQL" : "H2",
				MEASURED, WARM_UP, "page",
				seedLinks + " links (seed)", largeLinks + " links"));
		for (String page : PAGES) {
			report.append(String.format("%-38s %-26s %-26s%n", page, format(seed.get(page)), format(large.get(page))));
		}
		System.out.println(report);

		assertThat(largeLinks).isGreaterThanOrEqualTo(10_000);
		large.forEach((page, times) -> assertThat(times[1]).as(page + " p95 at 10,000 links").isLessThan(BUDGET_MILLIS));
	}

	private Map<String, double[]> measureAll() throws Exception {
		Map<String, double[]> results = new LinkedHashMap<>();
		for (String page : PAGES) {
			for (int i = 0; i < WARM_UP; i++) {
				get(page);
			}
			double[] times = new double[MEASURED];
			for (int i = 0; i < MEASURED; i++) {
				long start = System.nanoTime();
				get(page);
				times[i] = (System.nanoTime() - start) / 1_000_000.0;
			}
			Arrays.sort(times);
			results.put(page, new double[] { times[MEASURED / 2], times[(int) (MEASURED * 0.95)], times[MEASURED - 1] });
		}
		return results;
	}

	private void get(String page) throws Exception {
		HttpResponse<byte[]> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(page).isEqualTo(200);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static String format(double[] times) {
		return String.format("%.1f / %.1f / %.1f", times[0], times[1], times[2]);
	}

	/** Generated actors, claims and links, written in batches straight to the tables. */
	private record Generated(JdbcTemplate jdbc, Random random) {

		private static final String[] ACTOR_TYPES = { "COMPANY", "PLACE", "CRIMINAL_ORGANIZATION", "AGENCY" };

		private static final String[] MOVES = { "PRECURSOR_CHEMICALS", "FENTANYL", "COUNTERFEIT_PILLS",
				"PILL_PRESSES", "MONEY" };

		private static final String[] STAGES = { "SOURCING", "PRODUCTION", "TRAFFICKING", "DISTRIBUTION",
				"LAUNDERING" };

		private static final String[] CHANNELS = { "ONLINE_SALES", "AIR_CARGO", "INTERNATIONAL_MAIL",
				"SHIPPING_CONTAINERS", "LAND_BORDER", "UNDERGROUND_BANKING" };

		private static final long FIRST_ID = 1_000_000;

		void add(int actorCount, int claimCount, int linkCount) {
			List<Object[]> actors = new ArrayList<>();
			for (int i = 0; i < actorCount; i++) {
				actors.add(new Object[] { FIRST_ID + i, "bench-actor-" + i, "Generated actor " + i,
						ACTOR_TYPES[i % ACTOR_TYPES.length] });
			}
			jdbc.batchUpdate("insert into actor (id, slug, name, type) values (?, ?, ?, ?)", actors);
			List<Long> actorIds = jdbc.queryForList("select id from actor", Long.class);
			List<Long> articleIds = jdbc.queryForList("select id from article", Long.class);
			List<Long> propositionIds = jdbc.queryForList("select id from proposition", Long.class);

			List<Object[]> claims = new ArrayList<>();
			List<Object[]> about = new ArrayList<>();
			List<Object[]> stances = new ArrayList<>();
			for (int i = 0; i < claimCount; i++) {
				long id = FIRST_ID + i;
				claims.add(new Object[] { id, pick(articleIds), pick(actorIds), "REPORTED_SPEECH",
						"Generated claim " + i, i, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i % 300)) });
				about.add(new Object[] { id, pick(actorIds) });
				if (random.nextBoolean()) {
					stances.add(new Object[] { id, pick(propositionIds), random.nextBoolean() ? "SUPPORTS" : "DISPUTES" });
				}
			}
			jdbc.batchUpdate("insert into claim (id, article_id, claimant_id, kind, text, position, made_on)"
					+ " values (?, ?, ?, ?, ?, ?, ?)", claims);
			jdbc.batchUpdate("insert into claim_about (claim_id, actor_id) values (?, ?)", about);
			jdbc.batchUpdate("insert into claim_stance (claim_id, proposition_id, stance) values (?, ?, ?)", stances);
			List<Long> claimIds = jdbc.queryForList("select id from claim", Long.class);

			List<Object[]> links = new ArrayList<>();
			List<Object[]> channels = new ArrayList<>();
			List<Object[]> evidence = new ArrayList<>();
			for (int i = 0; i < linkCount; i++) {
				long id = FIRST_ID + i;
				long origin = pick(actorIds);
				long destination = pick(actorIds);
				while (destination == origin) {
					destination = pick(actorIds);
				}
				links.add(new Object[] { id, origin, destination, MOVES[random.nextInt(MOVES.length)],
						STAGES[random.nextInt(STAGES.length)], "Generated link " + i });
				if (random.nextBoolean()) {
					channels.add(new Object[] { id, CHANNELS[random.nextInt(CHANNELS.length)] });
				}
				List<Long> cited = new ArrayList<>();
				for (int claim = 0; claim < 1 + random.nextInt(3); claim++) {
					cite(evidence, cited, id, pick(claimIds), "ASSERTS");
				}
				if (random.nextInt(4) == 0) {
					cite(evidence, cited, id, pick(claimIds), "DISPUTES");
				}
			}
			jdbc.batchUpdate("insert into supply_chain_link (id, origin_id, destination_id, moves, stage, description)"
					+ " values (?, ?, ?, ?, ?, ?)", links);
			jdbc.batchUpdate("insert into supply_chain_link_channel (link_id, channel) values (?, ?)", channels);
			jdbc.batchUpdate("insert into supply_chain_evidence (link_id, claim_id, role) values (?, ?, ?)", evidence);
		}

		private static void cite(List<Object[]> evidence, List<Long> cited, long linkId, long claimId, String role) {
			if (!cited.contains(claimId)) {
				cited.add(claimId);
				evidence.add(new Object[] { linkId, claimId, role });
			}
		}

		private long pick(List<Long> ids) {
			return ids.get(random.nextInt(ids.size()));
		}

	}

}
