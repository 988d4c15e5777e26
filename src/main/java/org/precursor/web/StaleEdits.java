package org.precursor.web;

import java.util.function.Supplier;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The one place that tells a save that lost to someone else's: either the form was opened on an older version
 * ({@link StaleEditException}) or another save of the same record committed first (an optimistic-lock failure when
 * the change is flushed). Every admin form goes through it, so every versioned record has the same conflict path.
 */
public final class StaleEdits {

	private StaleEdits() {
	}

	/** Runs the write and answers what it answers; when the record changed meanwhile, answers the fallback instead. */
	public static <T> T attempt(Supplier<T> write, Supplier<T> whenChangedMeanwhile) {
		try {
			return write.get();
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return whenChangedMeanwhile.get();
		}
	}

}
