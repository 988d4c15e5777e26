package org.precursor.actor;

/** An actor above or below another in an affiliation chain, with its role there. */
public record Affiliation(ActorRef actor, ActorType type, String role) {

	static Affiliation of(Actor actor) {
		return new Affiliation(new ActorRef(actor.getSlug(), actor.getName()), actor.getType(), actor.getRole());
	}

}
