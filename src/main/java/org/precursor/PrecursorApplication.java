package org.precursor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Precursor maps the fentanyl supply chain and the claims made about it: who asserted what, where, and when.
 */
@SpringBootApplication
public class PrecursorApplication {

	public static void main(String[] args) {
		SpringApplication.run(PrecursorApplication.class, args);
	}

}
