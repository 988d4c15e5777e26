package org.precursor.actor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the actor an editor means by what they typed: an exact name, alias or slug, ignoring case. The forms
 * use it for claimants, subjects and parents, so "PRC" means China everywhere.
 */
@Component
public class ActorNames {

	private final ActorRepository actors;

	ActorNames(ActorRepository actors) {
		this.actors = actors;
	}

	@Transactional(readOnly = true)
	public Match resolve(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return new Match(text, List.of());
		}
		var bySlug = actors.findBySlug(text);
		if (bySlug.isPresent()) {
			return new Match(text, List.of(bySlug.get()));
		}
		List<Actor> byName = actors.findByNameIgnoreCase(text);
		if (!byName.isEmpty()) {
			return new Match(text, byName);
		}
		return new Match(text, actors.findByAliasIgnoreCase(text));
	}

	/** Every actor by name, with its type and aliases as the hint shown while typing. */
	@Transactional(readOnly = true)
	public List<ActorChoice> choices() {
		return actors.findAllWithAliasesByName().stream().map(ActorChoice::of).toList();
	}

	/** Every actor's name with each of its aliases, a row per alias: for recognising actors named in a text. */
	@Transactional(readOnly = true)
	public List<NameMatch> everyNameAndAlias() {
		return actors.findNamesAndAliasesLike("%");
	}

	/** Several names separated by semicolons, each resolved. */
	@Transactional(readOnly = true)
	public List<Match> resolveAll(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		Set<String> names = new LinkedHashSet<>();
		for (String name : typed.split(";")) {
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		return names.stream().map(this::resolve).toList();
	}

	/** The actors matching one typed name: exactly one when it is clear who was meant. */
	public record Match(String typed, List<Actor> actors) {

		public boolean isUnique() {
			return actors.size() == 1;
		}

		public Actor actor() {
			return actors.get(0);
		}

		/** Why the name does not pick out one actor, as a form message. */
		public String problem() {
			if (actors.isEmpty()) {
				return "No actor is called “" + typed + "”. Check the spelling, or create a new actor.";
			}
			return "Several actors match “" + typed + "”: "
					+ actors.stream().map(actor -> actor.getName() + " (" + actor.getSlug() + ")")
						.collect(Collectors.joining(", "))
					+ ". Type the one you mean as shown in brackets.";
		}

	}

}
