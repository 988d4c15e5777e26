package org.precursor.actor;

import java.util.List;

/** Who an actor is, as its page introduces it. */
public record ActorProfile(String slug, String name, ActorType type, String country, String role,
		String description, List<String> aliases) {

	static ActorProfile of(Actor actor) {
		return new ActorProfile(actor.getSlug(), actor.getName(), actor.getType(), actor.getCountry(),
				actor.getRole(), actor.getDescription(), actor.getAliases().stream().sorted().toList());
	}

}
