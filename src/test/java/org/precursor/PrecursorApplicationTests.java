package org.precursor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The whole application on H2, started as the run command starts it: migrated, seeded, serving pages. */
@SpringBootTest
@AutoConfigureMockMvc
class PrecursorApplicationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationContext context;

	@Test
	void loadsTheSeedDatasetAndItsSupplyChainOnFirstStart() {
		assertThat(jdbc.queryForObject("select count(*) from claim", Long.class)).isGreaterThan(100);
		assertThat(jdbc.queryForObject("select count(*) from supply_chain_link", Long.class)).isGreaterThan(10);
		assertThat(jdbc.queryForList("select name from seed_import order by name", String.class))
			.containsExactly("precursor-seed", "precursor-supply-chain");
	}

	@Test
	void aSecondStartLeavesTheSeededDataAlone() throws Exception {
		Long before = jdbc.queryForObject("select count(*) from claim", Long.class);
		Long links = jdbc.queryForObject("select count(*) from supply_chain_link", Long.class);

		context.getBean("seedLoader", SmartInitializingSingleton.class).afterSingletonsInstantiated();

		assertThat(jdbc.queryForObject("select count(*) from claim", Long.class)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from supply_chain_link", Long.class)).isEqualTo(links);
	}

	@Test
	void servesTheHomePageWithTheDatasetCounts() throws Exception {
		Long claims = jdbc.queryForObject("select count(*) from claim", Long.class);

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Who says what about the fentanyl supply chain")))
			.andExpect(content().string(containsString(">" + claims + "<")));
	}

	@Test
	void servesBootstrapFromItsWebJar() throws Exception {
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void answersAnUnknownAddressWithTheFriendlyNotFoundPage() throws Exception {
		mvc.perform(get("/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We couldn’t find that page")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Whitelabel"))));
	}

}
