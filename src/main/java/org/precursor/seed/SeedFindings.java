package org.precursor.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.precursor.seed.SeedReview.Reason;

/**
 * What applying a dataset found besides its changes, and how it applies. Loading an empty database is strict: the
 * first row problem stops it, and records it finds are left as they are. Applying a newer version is lenient: it
 * lists problems instead, with the rows an editor changed and the removed rows still in use, and carries on with
 * the rest. Importing a dataset export is strict about problems, takes the file's values over whatever the records
 * hold, and removes nothing.
 */
final class SeedFindings {

	record Finding(Reason reason, String recordType, String recordKey, String path, String message) {
	}

	private enum Mode {
		LOAD, UPGRADE, IMPORT
	}

	private final Mode mode;

	private final String author;

	private ImportProgress progress = ImportProgress.SILENT;

	private final List<Finding> findings = new ArrayList<>();

	private final Map<String, Integer> changes = new TreeMap<>();

	private SeedFindings(Mode mode, String author) {
		this.mode = mode;
		this.author = author;
	}

	static SeedFindings strict(String author) {
		return new SeedFindings(Mode.LOAD, author);
	}

	static SeedFindings lenient(String author) {
		return new SeedFindings(Mode.UPGRADE, author);
	}

	/** An import of a dataset export, reporting its progress as it goes. */
	static SeedFindings importing(String author, ImportProgress progress) {
		SeedFindings findings = new SeedFindings(Mode.IMPORT, author);
		findings.progress = progress;
		return findings;
	}

	/** The dataset version doing the work, as the history names it. */
	String author() {
		return author;
	}

	/** Whether records already there are left as they are (loading an empty database). */
	boolean isStrict() {
		return mode == Mode.LOAD;
	}

	/**
	 * Whether this applies a dataset export: records are matched by seed key or else by what identifies them (an
	 * article's address, a claim's claimant and words in its article), and the file's values win.
	 */
	boolean isImport() {
		return mode == Mode.IMPORT;
	}

	/** Whether the dataset's records it no longer lists are removed: only a newer version of the seed dataset. */
	boolean removesWhatIsNoLongerListed() {
		return mode == Mode.UPGRADE;
	}

	ImportProgress progress() {
		return progress;
	}

	/** A row that cannot be applied: stops a load or an import, else is listed and skipped. */
	void notApplied(String recordType, String recordKey, SeedFormatException problem) {
		if (mode != Mode.UPGRADE) {
			throw problem;
		}
		findings.add(new Finding(Reason.NOT_APPLIED, recordType, recordKey, null, problem.getMessage()));
	}

	void edited(String recordType, String recordKey, String path, String message) {
		findings.add(new Finding(Reason.EDITED, recordType, recordKey, path, message));
	}

	void stillInUse(String recordType, String recordKey, String path, String message) {
		findings.add(new Finding(Reason.STILL_IN_USE, recordType, recordKey, path, message));
	}

	void changed(String recordType, String change) {
		changes.merge(recordType + "s " + change, 1, Integer::sum);
	}

	int changes(String recordType, String change) {
		return changes.getOrDefault(recordType + "s " + change, 0);
	}

	/** Every change counted: "claims added" to 12, "claims unchanged" to 3. */
	Map<String, Integer> changes() {
		return Map.copyOf(changes);
	}

	List<Finding> findings() {
		return List.copyOf(findings);
	}

	/** e.g. "claims added: 2, claims removed: 1, claims updated: 3" */
	String summary() {
		if (changes.isEmpty()) {
			return "no changes";
		}
		StringBuilder summary = new StringBuilder();
		changes.forEach((what, count) -> summary.append(summary.isEmpty() ? "" : ", ").append(what).append(": ")
			.append(count));
		return summary.toString();
	}

}
