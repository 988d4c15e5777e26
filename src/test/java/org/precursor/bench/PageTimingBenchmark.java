package org.precursor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import org.precursor.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures every kind of public page on the seed dataset: the SQL statements one request issues and the median
 * server time over {@value #MEASURED} requests, after {@value #WARM_UP} to warm up. Server time is taken by a
 * servlet filter around the whole request (security, controller, template). Not part of the default suite, since
 * its name does not end in Tests; run it with {@code mvn test -Dtest=PageTimingBenchmark}. The table is printed and
 * written to {@code target/page-timings.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.thymeleaf.cache=true", "logging.level.org.precursor=WARN" })
class PageTimingBenchmark {

	static final int WARM_UP = 20;

	static final int MEASURED = 50;

	static final List<String> PAGES = List.of("/", "/actors", "/actors?q=prc", "/actors/china",
			"/actors/liu-pengyu", "/claims", "/claims?outlet=ap", "/claims?claimant=china&rollup=true&outlet=reuters",
			"/claims?q=PRC&stance=disputes&sort=oldest&page=2", "/claims/1", "/outlets", "/outlets/reuters",
			"/articles", "/articles/1", "/propositions", "/propositions/china-main-source-of-precursors", "/compare",
			"/compare?rollup=false", "/search?q=PRC", "/actors/nobody");

	private static final AtomicLong lastRequestNanos = new AtomicLong();

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void measuresEveryPage() throws Exception {
		SqlStatements statements = new SqlStatements(entityManagerFactory);
		StringBuilder table = new StringBuilder("| page | SQL statements | median server time (ms) | 90th percentile (ms) |\n")
			.append("| --- | ---: | ---: | ---: |\n");
		for (String page : PAGES) {
			for (int i = 0; i < WARM_UP; i++) {
				fetch(page);
			}
			long sql = statements.countDuring(() -> fetch(page));
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < MEASURED; i++) {
				fetch(page);
				times.add(lastRequestNanos.get());
			}
			Collections.sort(times);
			table.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f | %.1f |%n", page, sql,
					times.get(MEASURED / 2) / 1e6, times.get(MEASURED * 9 / 10) / 1e6));
		}
		System.out.println(table);
		Files.writeString(Path.of("target", "page-timings.md"), table);
		assertThat(table.toString().lines()).hasSize(PAGES.size() + 2);
	}

	private void fetch(String page) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(page).isEqualTo(page.equals("/actors/nobody") ? 404 : 200);
	}

	@TestConfiguration
	static class ServerTiming {

		/** Times each whole request, outermost of all filters. */
		@Bean
		FilterRegistrationBean<Filter> serverTimingFilter() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				long start = System.nanoTime();
				try {
					chain.doFilter(request, response);
				}
				finally {
					lastRequestNanos.set(System.nanoTime() - start);
				}
			});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
