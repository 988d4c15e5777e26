package org.precursor.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Imports started from the admin page, one at a time, each on a thread of its own so that the page can show its
 * progress while it runs. The uploaded file is kept in a temporary file until the import ends. A server can import
 * from this page a file that its memory can hold; a larger one is refused with the command to run instead.
 */
@Component
public class DatasetImports implements DisposableBean {

	/** Reading a file takes several times its size in memory: its rows, then the records they become. */
	static final int MEMORY_PER_BYTE = 8;

	private final ImportingDataset importing;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "dataset-import");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<ImportJob> latest = new AtomicReference<>();

	private final long largestFile;

	DatasetImports(ImportingDataset importing) {
		this.importing = importing;
		this.largestFile = Runtime.getRuntime().maxMemory() / MEMORY_PER_BYTE;
	}

	/** The largest file this server imports from the admin page, in bytes. */
	public long largestFile() {
		return largestFile;
	}

	/** The running import, or the one that ended last. */
	public Optional<ImportJob> latest() {
		return Optional.ofNullable(latest.get());
	}

	/**
	 * Starts importing an uploaded file; refused, with the reason, while another import runs or when the file is
	 * larger than this server can hold.
	 */
	public ImportJob start(String fileName, long size, InputStream upload, String username) {
		if (size > largestFile) {
			throw new ImportNotStartedException("The file is " + megabytes(size) + " MB; this server imports files of up to "
					+ megabytes(largestFile) + " MB from this page. Import it from the command line instead: "
					+ "java -Xmx4g -jar precursor.jar --import=" + fileName);
		}
		ImportJob job = new ImportJob(fileName, username);
		ImportJob running = latest.get();
		if ((running != null && running.isRunning()) || !latest.compareAndSet(running, job)) {
			ImportJob other = latest.get();
			throw new ImportNotStartedException("Another import is running (" + other.fileName() + ", started by "
					+ other.username() + "). Start this one when it has ended.");
		}
		Path file;
		try {
			file = Files.createTempFile("precursor-import-", ".json");
			Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			job.refused("The uploaded file could not be stored for the import: " + ex.getMessage());
			return job;
		}
		worker.execute(() -> run(job, file));
		return job;
	}

	private void run(ImportJob job, Path file) {
		try {
			job.finished(importing.importFile(file, job.fileName(), job.username(), job));
		}
		catch (DatasetImportRefusedException ex) {
			job.refused(ex.getMessage());
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			job.refused("Nothing was imported from " + job.fileName() + ": the import stopped unexpectedly ("
					+ ex.getClass().getSimpleName() + "). The data is as it was before.");
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	private static long megabytes(long bytes) {
		return (bytes + (1 << 20) - 1) >> 20;
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

}
