package org.precursor.actor;

import java.util.List;

/**
 * An actor's page as this feature knows it: the actor, the chain of bodies it belongs to and its members. The
 * claims and the supply chain come from {@link ActorPageSection}s.
 */
public record ActorPage(ActorProfile actor, List<Affiliation> chain, List<Affiliation> members) {

	public boolean hasMembers() {
		return !members.isEmpty();
	}

}
