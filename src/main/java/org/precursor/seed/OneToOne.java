package org.precursor.seed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stored records an import matches rows to by what identifies them, when several records may share it (the same
 * words by the same claimant in one article, two links of one route): each row takes the next record of its key
 * in the order of their numbers, as an export lists them, so that every row takes its own record and importing
 * the same file again changes nothing.
 */
final class OneToOne<T> {

	private final Map<String, Deque<T>> byKey = new HashMap<>();

	/** Records whose key is null are left out. */
	OneToOne(Collection<T> stored, Function<T, Long> number, Function<T, String> key) {
		List<T> inOrder = new ArrayList<>(stored);
		inOrder.sort(Comparator.comparing(number));
		for (T record : inOrder) {
			String identity = key.apply(record);
			if (identity != null) {
				byKey.computeIfAbsent(identity, unused -> new ArrayDeque<>()).add(record);
			}
		}
	}

	/** The next stored record of this key not matched yet, or null. */
	T next(String key) {
		Deque<T> records = byKey.get(key);
		return records == null ? null : records.poll();
	}

}
