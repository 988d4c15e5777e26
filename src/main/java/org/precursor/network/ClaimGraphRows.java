package org.precursor.network;

import org.precursor.proposition.Stance;

/** The typed rows of {@link ClaimGraphQueries}: one per actor, pair or side, never one per claim. */
final class ClaimGraphRows {

	private ClaimGraphRows() {
	}

	/** How many claims one claimant made. */
	record Made(long claimantId, long claims) {
	}

	/** How many claims by others are about one actor. */
	record Mentioned(long actorId, long claims) {
	}

	/** How many claims one claimant made about another actor. */
	record About(long claimantId, long aboutId, long claims) {
	}

	/** How many claims one claimant made about another actor taking one side of one proposition. */
	record StanceAbout(long claimantId, long aboutId, long propositionId, Stance stance,
			long claims) {
	}

	/** That a claimant took one side of one proposition. */
	record Side(long propositionId, long claimantId, Stance stance) {
	}

	/** A proposition as the network labels it. */
	record Proposition(long id, String slug, String text) {
	}

	/** What supporting a proposition means for one actor. */
	record Target(long propositionId, long actorId, Tone supportingMeans) {
	}

}
