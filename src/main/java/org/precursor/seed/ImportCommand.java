package org.precursor.seed;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.precursor.web.EmbeddedDatabase;

/**
 * {@code java -jar precursor.jar --import=dataset.json [--import.author=NAME]}: once the application has started
 * (migrated, seed dataset loaded), imports a dataset export as the admin page does, printing its progress, then its
 * report. The application then exits with status 0, or with 1 after the reason nothing was imported.
 * {@code PrecursorApplication} starts it without a web server.
 */
@Component
@ConditionalOnProperty(name = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final ImportingDataset importing;

	private final JdbcTemplate jdbc;

	private final String file;

	private final String author;

	private int exitCode;

	ImportCommand(ImportingDataset importing, JdbcTemplate jdbc, @Value("${import}") String file,
			@Value("${import.author:command line}") String author) {
		this.importing = importing;
		this.jdbc = jdbc;
		this.file = file;
		this.author = author;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Path path = Path.of(file);
		if (!Files.isReadable(path)) {
			System.err.println("Nothing was imported: " + file + " is not a readable file.");
			exitCode = 1;
			return;
		}
		try {
			ImportReport report = importing.importFile(path, author, new PrintedProgress(System.out));
			System.out.println();
			System.out.println(report.summary());
			compactH2();
		}
		catch (DatasetImportRefusedException refused) {
			System.out.println();
			System.err.println(refused.getMessage());
			exitCode = 1;
		}
	}

	/**
	 * H2 keeps every version a long transaction wrote until it is compacted: a million imported claims left a file
	 * of 30 GB for 0.8 GB of data. Compacting rewrites it in seconds; it closes the database, which the command is
	 * about to do anyway.
	 */
	private void compactH2() {
		if (EmbeddedDatabase.isH2(jdbc)) {
			System.out.println("Compacting the H2 database file");
			jdbc.execute("shutdown compact");
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/** One line per stage, rewritten in place at most every half second. */
	static final class PrintedProgress implements ImportProgress {

		private static final long EVERY_NANOS = 500_000_000L;

		private final PrintStream out;

		private String stage;

		private long printedAt;

		PrintedProgress(PrintStream out) {
			this.out = out;
		}

		@Override
		public void advanced(String stage, long done, long total) {
			long now = System.nanoTime();
			boolean newStage = !stage.equals(this.stage);
			if (!newStage && now - printedAt < EVERY_NANOS && done < total) {
				return;
			}
			if (newStage && this.stage != null) {
				out.println();
			}
			this.stage = stage;
			printedAt = now;
			out.print(total > 0 ? String.format("\r%-20s %3d%%  %,d of %,d", stage, Math.min(100, done * 100 / total),
					Math.min(done, total), total) : "\r" + stage);
			out.flush();
		}

	}

}
