package org.precursor.seed;

/**
 * One import started from the admin page: how far it has come while it runs, then its report or why nothing was
 * imported. Read by the page's requests while the import's thread writes it.
 */
public final class ImportJob implements ImportProgress {

	private final String fileName;

	private final String username;

	private volatile String stage = "waiting";

	private volatile long done;

	private volatile long total;

	private volatile ImportReport report;

	private volatile String refusal;

	ImportJob(String fileName, String username) {
		this.fileName = fileName;
		this.username = username;
	}

	@Override
	public void advanced(String stage, long done, long total) {
		this.stage = stage;
		this.done = done;
		this.total = total;
	}

	void finished(ImportReport report) {
		this.report = report;
	}

	void refused(String reason) {
		this.refusal = reason;
	}

	public boolean isRunning() {
		return report == null && refusal == null;
	}

	public String fileName() {
		return fileName;
	}

	public String username() {
		return username;
	}

	public String stage() {
		return stage;
	}

	/** How far the current stage has come, from 0 to 100; 0 while its size is not known. */
	public int percent() {
		long of = total;
		return of <= 0 ? 0 : (int) Math.min(100, done * 100 / of);
	}

	public long done() {
		return done;
	}

	public long total() {
		return total;
	}

	public ImportReport report() {
		return report;
	}

	public String refusal() {
		return refusal;
	}

}
