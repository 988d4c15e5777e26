package org.precursor.web;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Names that must be unique whatever their case (outlets, actors, propositions, usernames). The database enforces
 * it with a unique constraint on the name's {@link #key}, which each entity writes whenever its name is set (H2 has
 * no index on an expression such as {@code lower(name)}). A form checks the name first, so a name taken earlier is
 * refused beside its field; {@link #attempt} covers the name taken by someone else's form at the same moment.
 */
public final class UniqueNames {

	/** Two forms racing each other need one retry; a third attempt covers a slug taken in the same race. */
	private static final int ATTEMPTS = 3;

	private UniqueNames() {
	}

	/** The name as the unique constraint compares it: trimmed and lowercased, so "Reuters" and "REUTERS" clash. */
	public static String key(String name) {
		return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Runs a write whose own transaction checks that a name is free before inserting it. When the database refuses
	 * the insert because another transaction committed the same name (or slug) meanwhile, the write runs again, in a
	 * fresh transaction: its check now sees the other record and answers as for a name taken earlier (the form
	 * again, with the message beside the field), or it picks the next free slug. Call it outside any transaction.
	 */
	public static <T> T attempt(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** {@link #attempt(Supplier)} for a write that answers nothing (its problems go into the form's errors). */
	public static void attempt(Runnable write) {
		attempt(() -> {
			write.run();
			return null;
		});
	}

}
