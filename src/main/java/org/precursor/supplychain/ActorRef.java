package org.precursor.supplychain;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;

/** An actor or place as a node of the chain: enough to name it and link to its page. */
public record ActorRef(String slug, String name, ActorType type) {

	static ActorRef of(Actor actor) {
		return new ActorRef(actor.getSlug(), actor.getName(), actor.getType());
	}

}
