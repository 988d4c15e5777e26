package org.precursor.claim;

import org.springframework.context.annotation.Import;

/**
 * The claim feature's answers to deletes elsewhere (a deleted article takes its claims, a deleted actor leaves the
 * claims about it) and its counts, for database tests outside this package; the classes are package-private.
 * Deliberately not a component or configuration, so that no component scan picks it up.
 */
@Import({ RemovingClaims.class, ClaimsFollowTheirRecords.class, CountingClaims.class, PropositionClaims.class })
public final class ClaimRecordBeans {

	private ClaimRecordBeans() {
	}

}
