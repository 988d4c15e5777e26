package org.precursor.history;

import java.util.Map;

/**
 * A kind of record whose history is kept, as the history pages show it: its name, its fields as a reader sees
 * them (related records by name, not id) and where its admin page is. Each feature declares its own.
 */
public interface RecordType<T> {

	Class<T> type();

	/** What one such record is called, e.g. "Article". */
	String label();

	Long id(T record);

	String name(T record);

	/** Field label to value as shown, in display order; empty text for a missing value. */
	Map<String, String> fields(T record);

	/** The record's admin page, or null when it has none. */
	String adminPath(Long id);

}
