package org.precursor.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A save refused because someone else saved the record after the form was opened: what they saved beside what
 * was typed, field by field, so nothing is overwritten without the editor seeing it.
 */
public record EditConflict(String savedBy, Instant savedAt, List<Row> rows) {

	public record Row(String field, String yours, String saved) {

		public boolean differs() {
			return !Objects.equals(yours, saved);
		}

	}

	public static EditConflict between(Map<String, String> yours, Map<String, String> saved, String savedBy,
			Instant savedAt) {
		List<Row> rows = new ArrayList<>();
		saved.forEach((field, value) -> rows.add(new Row(field, yours.getOrDefault(field, ""), value)));
		return new EditConflict(savedBy, savedAt, rows);
	}

}
