package org.precursor;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.aot.AotDetector;
import org.springframework.context.annotation.Bean;
import org.springframework.core.SpringProperties;

/**
 * Precursor maps the fentanyl supply chain and the claims made about it: who asserted what, where, and when.
 */
@SpringBootApplication
public class PrecursorApplication {

	public static void main(String[] args) {
		boolean generating = Arrays.asList(args).contains("--generate");
		boolean importing = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--import="));
		if (generating || importing) {
			// The ahead-of-time processed context (-Dspring.aot.enabled=true) is the web server's; the commands'
			// beans are chosen by their arguments, so they are always set up at run time.
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
		}
		SpringApplication application = new SpringApplication(PrecursorApplication.class);
		if (generating) {
			// A one-off command (see org.precursor.generate): no web server, and the process ends with its status.
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		if (importing) {
			// The same for an import (see org.precursor.seed.ImportCommand), whose reads of every record of a large
			// database may take longer than a page's statements are allowed.
			application.setWebApplicationType(WebApplicationType.NONE);
			String[] withoutTimeout = Arrays.copyOf(args, args.length + 1);
			withoutTimeout[args.length] = "--spring.jpa.properties.jakarta.persistence.query.timeout=0";
			System.exit(SpringApplication.exit(application.run(withoutTimeout)));
		}
		application.run(args);
	}

	/** The one source of "now", so that rules about dates and time windows can be tested. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
