package org.precursor.supplychain;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;

/** An actor or place as a node of the chain: enough to name it, link to its page and put it on the map. */
public record ActorRef(String slug, String name, ActorType type, String country) {

	public ActorRef(String slug, String name, ActorType type) {
		this(slug, name, type, null);
	}

	static ActorRef of(Actor actor) {
		return new ActorRef(actor.getSlug(), actor.getName(), actor.getType(), actor.getCountry());
	}

}
