package org.precursor.actor;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How many claims each actor made and how many are about it, supplied by the feature that records claims, so that
 * actor pages and the merge and delete confirmations can show them without depending on it.
 */
public interface ActorClaimCounts {

	long madeBy(Actor actor);

	long about(Actor actor);

	/** Claims made by each of these actors, by actor id; actors with none are left out. */
	Map<Long, Long> madeByEach(Collection<Long> actorIds);

	/** Claims about each of these actors, by actor id; actors with none are left out. */
	Map<Long, Long> aboutEach(Collection<Long> actorIds);

	/** The ids of the actors that made most claims, most first, at most {@code limit}. */
	List<Long> mostClaiming(int limit);

}
