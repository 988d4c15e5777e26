package org.precursor.history;

import java.time.Instant;
import java.util.List;

/** A revision as listed on the history page: who, when, and the records it changed. */
public record RevisionSummary(long revision, Instant at, String username, List<RecordChange> changes,
		int totalChanges) {

	public int unlistedChanges() {
		return totalChanges - changes.size();
	}

}
