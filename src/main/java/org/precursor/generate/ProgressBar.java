package org.precursor.generate;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One line on the console, redrawn in place (carriage return) at most a few times a second: the phase, a bar,
 * rows written of the phase's total, the rate and the time the whole run has left, estimated from the work done
 * so far. Ends with a line break, so that what is printed after it starts on a line of its own.
 */
final class ProgressBar implements Progress {

	private static final long REDRAW_NANOS = 250_000_000L;

	private static final int BAR_WIDTH = 24;

	private final PrintStream out;

	private final GenerationScale scale;

	private final LongSupplier nanoTime;

	private final long totalWork;

	private final long startedAt;

	private long workBefore;

	private GenerationPhase phase;

	private long phaseStartedAt;

	private long lastDrawnAt;

	private long rowsDone;

	private int lastLength;

	ProgressBar(PrintStream out, GenerationScale scale, LongSupplier nanoTime) {
		this.out = out;
		this.scale = scale;
		this.nanoTime = nanoTime;
		long work = 0;
		for (GenerationPhase each : GenerationPhase.values()) {
			work += each.work(scale);
		}
		this.totalWork = Math.max(1, work);
		this.startedAt = nanoTime.getAsLong();
	}

	@Override
	public void started(GenerationPhase next) {
		if (phase != null) {
			workBefore += phase.work(scale);
		}
		phase = next;
		rowsDone = 0;
		phaseStartedAt = nanoTime.getAsLong();
		draw(phaseStartedAt);
	}

	@Override
	public void advanced(long rows) {
		rowsDone = rows;
		long now = nanoTime.getAsLong();
		if (now - lastDrawnAt >= REDRAW_NANOS) {
			draw(now);
		}
	}

	@Override
	public void finished() {
		if (phase != null) {
			rowsDone = phase.rows(scale);
			draw(nanoTime.getAsLong());
		}
		out.println();
		out.flush();
	}

	private void draw(long now) {
		lastDrawnAt = now;
		long total = phase.rows(scale);
		double fraction = total == 0 ? 1 : (double) rowsDone / total;
		int filled = (int) Math.round(fraction * BAR_WIDTH);
		double phaseSeconds = (now - phaseStartedAt) / 1e9;
		double rate = phaseSeconds > 0 ? rowsDone / phaseSeconds : 0;
		String line = String.format(Locale.ROOT, "%-13s [%s%s] %3d%%  %,d/%,d  %,.0f %s/s  elapsed %s  ETA %s",
				phase.label(), "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), Math.round(fraction * 100), rowsDone,
				total, rate, phase.unit(), clock((now - startedAt) / 1e9), eta(now));
		out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
		out.flush();
		lastLength = line.length();
	}

	private String eta(long now) {
		long done = workBefore + phase.work(rowsDone);
		if (done == 0) {
			return "--:--";
		}
		double elapsed = (now - startedAt) / 1e9;
		return clock(elapsed * (totalWork - done) / done);
	}

	static String clock(double seconds) {
		long whole = Math.max(0, Math.round(seconds));
		return whole >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
				: String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
	}

}
