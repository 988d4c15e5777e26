package org.precursor.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.precursor.seed.SeedReview.Reason;

/**
 * What applying a dataset found besides its changes. Loading an empty database is strict: the first row problem
 * stops it. Applying a newer version lists problems instead, with the rows an editor changed and the removed rows
 * still in use, and carries on with the rest.
 */
final class SeedFindings {

	record Finding(Reason reason, String recordType, String recordKey, String path, String message) {
	}

	private final boolean strict;

	private final String author;

	private final List<Finding> findings = new ArrayList<>();

	private final Map<String, Integer> changes = new TreeMap<>();

	private SeedFindings(boolean strict, String author) {
		this.strict = strict;
		this.author = author;
	}

	static SeedFindings strict(String author) {
		return new SeedFindings(true, author);
	}

	static SeedFindings lenient(String author) {
		return new SeedFindings(false, author);
	}

	/** The dataset version doing the work, as the history names it. */
	String author() {
		return author;
	}

	boolean isStrict() {
		return strict;
	}

	/** A row that cannot be applied: stops a strict load, else is listed and skipped. */
	void notApplied(String recordType, String recordKey, SeedFormatException problem) {
		if (strict) {
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
