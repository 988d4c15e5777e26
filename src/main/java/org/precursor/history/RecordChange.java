package org.precursor.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One record's change in one revision, with each changed field's value before and after. */
public record RecordChange(long revision, Instant at, String username, String recordType, Long recordId,
		String recordName, String adminPath, ChangeKind kind, List<FieldChange> fields) {

	public record FieldChange(String field, String before, String after) {
	}

	/** The fields that differ between two states; for a creation every filled field, for a deletion every one. */
	static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		Set<String> labels = new LinkedHashSet<>(after.keySet());
		labels.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String label : labels) {
			String old = before.getOrDefault(label, "");
			String now = after.getOrDefault(label, "");
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(label, old, now));
			}
		}
		return changes;
	}

}
