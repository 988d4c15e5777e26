package org.precursor.history;

import java.util.Map;
import java.util.function.Function;

/**
 * A kind of record whose history is kept, as the history pages show it: what one is called, its name, its
 * fields as a reader sees them (related records by name, not id) and where its admin page is. Each feature
 * declares a bean for each of its audited entities.
 *
 * @param label what one such record is called, e.g. "Article"
 * @param fields field label to value as shown, in display order; empty text for a missing value
 * @param adminPath the admin page of the record with an id, or null when it has none
 */
public record RecordType<T>(Class<T> type, String label, Function<T, Long> id, Function<T, String> name,
		Function<T, Map<String, String>> fields, Function<Long, String> adminPath) {
}
