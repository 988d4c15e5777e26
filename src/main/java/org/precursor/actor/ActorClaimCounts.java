package org.precursor.actor;

import java.util.Map;

/**
 * How many claims each actor made and how many are about it, supplied by the feature that records claims, so that
 * actor pages and the merge and delete confirmations can show them without depending on it.
 */
public interface ActorClaimCounts {

	long madeBy(Actor actor);

	long about(Actor actor);

	/** Claims made, by actor id; actors with none are left out. */
	Map<Long, Long> madePerActor();

	/** Claims about each actor, by actor id; actors with none are left out. */
	Map<Long, Long> aboutPerActor();

}
