package org.precursor.history;

import java.util.function.Supplier;

import org.hibernate.envers.RevisionListener;

import org.precursor.web.SignedIn;

/**
 * Stamps each revision with who made it: a process acting under a name of its own (a seed dataset version), else
 * the signed-in user; changes made without either are the system's.
 */
public class RevisionAuthor implements RevisionListener {

	static final String SYSTEM = "system";

	private static final ThreadLocal<String> actingAs = new ThreadLocal<>();

	@Override
	public void newRevision(Object revision) {
		String acting = actingAs.get();
		((Revision) revision).madeBy(acting != null ? acting : SignedIn.username().orElse(SYSTEM));
	}

	/**
	 * Runs work whose revisions are recorded as made by the given name. The work must contain the whole transaction,
	 * commit included: Envers writes a transaction's revision as it commits.
	 */
	public static <T> T actingAs(String username, Supplier<T> work) {
		String before = actingAs.get();
		actingAs.set(username);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				actingAs.remove();
			}
			else {
				actingAs.set(before);
			}
		}
	}

	/** Whether a revision's author is the system itself rather than a person. */
	public static boolean isSystem(String username) {
		return SYSTEM.equals(username);
	}

}
