package org.precursor.actor;

import java.util.Map;

/**
 * A section that a feature built on actors adds to the public actor page (the claims add what the actor said and
 * what was said about it, the supply chain adds its links), so the actor feature need not depend on them. It is
 * called inside the page's read-only transaction; its model entries are rendered by the page's template.
 */
public interface ActorPageSection {

	/** Model entries for the page of this actor; empty when there is nothing to show. */
	Map<String, Object> forActor(Actor actor, boolean hasMembers);

}
