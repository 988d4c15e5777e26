package org.precursor;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Precursor maps the fentanyl supply chain and the claims made about it: who asserted what, where, and when.
 */
@SpringBootApplication
public class PrecursorApplication {

	public static void main(String[] args) {
		SpringApplication.run(PrecursorApplication.class, args);
	}

	/** The one source of "now", so that rules about dates and time windows can be tested. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
