package org.precursor.actor;

import java.util.Map;

/**
 * A section that a feature built on actors adds to the public actor page (the supply chain adds the actor's
 * links), so the actor feature need not depend on it. Its model entries are rendered by the page's template.
 */
public interface ActorPageSection {

	/** Model entries for the page of the actor with this slug; empty when there is nothing to show. */
	Map<String, Object> forActor(String slug);

}
