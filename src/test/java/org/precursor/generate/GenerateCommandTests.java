package org.precursor.generate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.precursor.PrecursorApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command as it runs from the jar: the whole application without a web server, so every bean that start-up
 * needs must do without one, and the dataset is written before it exits with status 0.
 */
class GenerateCommandTests {

	@Test
	void generatesIntoAnEmptyDatabaseWithoutAWebServer() {
		SpringApplication application = new SpringApplication(PrecursorApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--generate", "--claims=300",
				"--spring.datasource.url=jdbc:h2:mem:generate-command;DB_CLOSE_DELAY=-1")) {
			long generated = context.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from claim where seed_key is null", Long.class);

			assertThat(generated).isEqualTo(300);
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

}
