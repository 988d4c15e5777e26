package org.precursor.actor;

/** An actor offered while typing a name: the name to fill in and a hint (its type and aliases) to tell them apart. */
public record ActorChoice(String name, String hint) {

	static ActorChoice of(Actor actor) {
		String aliases = String.join(", ", actor.getAliases().stream().sorted().toList());
		return new ActorChoice(actor.getName(), actor.getType().label() + (aliases.isEmpty() ? "" : " · also " + aliases));
	}

}
