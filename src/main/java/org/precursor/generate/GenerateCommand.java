package org.precursor.generate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar precursor.jar --generate [--claims=N] [--generate.seed=S]}: once the application has started
 * (migrated, seed dataset loaded), fills the database with a synthetic dataset of N claims (default 2,000,000),
 * showing a progress bar, then prints a one-line summary. The application then exits with status 0; with 1, after a
 * one-line reason, when the database was not empty. {@code PrecursorApplication} starts it without a web server.
 */
@Component
@ConditionalOnProperty(name = "generate")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

	private final GeneratingDataset generating;

	private final int claims;

	private final long seed;

	private int exitCode;

	GenerateCommand(GeneratingDataset generating,
			@Value("${claims:" + GenerationScale.DEFAULT_CLAIMS + "}") int claims,
			@Value("${generate.seed:42}") long seed) {
		this.generating = generating;
		this.claims = claims;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		try {
			GenerationScale scale = GenerationScale.of(claims);
			GenerationSummary summary = generating.generate(scale, seed,
					new ProgressBar(System.out, scale, System::nanoTime));
			System.out.println(summary.line());
		}
		catch (GenerationRefusedException | IllegalArgumentException refused) {
			System.err.println(refused.getMessage());
			exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
