package org.precursor.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTests {

	private static final long MILLISECOND = 1_000_000L;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private final AtomicLong now = new AtomicLong();

	private final ProgressBar bar = new ProgressBar(new PrintStream(printed, true, StandardCharsets.UTF_8),
			GenerationScale.of(1_000), now::get);

	@Test
	void redrawsOneLineAtMostFourTimesASecond() {
		bar.started(GenerationPhase.CLAIMS);
		for (int row = 1; row <= 1_000; row++) {
			now.addAndGet(MILLISECOND);
			bar.advanced(row);
		}

		assertThat(output()).doesNotContain("\n");
		assertThat(output().split("\r")).hasSize(1 + 1 + 4);
	}

	@Test
	void showsThePhaseItsRateInClaimsPerSecondAndTheTimeLeft() {
		bar.started(GenerationPhase.CLAIMS);
		now.addAndGet(500 * MILLISECOND);
		bar.advanced(500);

		assertThat(lastLine()).startsWith("claims ").contains(" 50%", "500/1,000", "1,000 claims/s", "ETA ");
	}

	@Test
	void endsWithALineBreakSoTheSummaryStandsOnItsOwnLine() {
		bar.started(GenerationPhase.LINKS);
		bar.finished();

		assertThat(output()).endsWith(System.lineSeparator()).contains("100%");
	}

	private String output() {
		return printed.toString(StandardCharsets.UTF_8);
	}

	private String lastLine() {
		String[] lines = output().split("\r");
		return lines[lines.length - 1];
	}

}
