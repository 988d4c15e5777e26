package org.precursor.actor;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.precursor.web.NotFoundException;
import org.precursor.web.PlainTextValidator;
import org.precursor.web.Slugs;
import org.precursor.web.StaleEditException;

/**
 * Creates or saves an actor from the form: the parent is looked up by name, a name already used by another
 * actor is refused (merge the two instead), and an affiliation that would go round in a circle is refused.
 */
@Component
public class SavingActor {

	private final ActorRepository actors;

	private final ActorNames names;

	private final Affiliations affiliations;

	SavingActor(ActorRepository actors, ActorNames names, Affiliations affiliations) {
		this.actors = actors;
		this.names = names;
		this.affiliations = affiliations;
	}

	@Transactional
	public Optional<Actor> create(ActorForm form, Errors errors) {
		Actor parent = check(form, null, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		String name = form.getName().strip();
		Actor actor = new Actor(Slugs.available(name, actors::isSlugTaken), name, form.getType());
		return apply(form, actor, parent, errors);
	}

	@Transactional
	public Optional<Actor> update(Long id, ActorForm form, Errors errors) {
		Actor actor = actors.findWithParentById(id).orElseThrow(() -> NotFoundException.byId("actor", id));
		StaleEditException.check(form.getVersion(), actor.getVersion());
		Actor parent = check(form, id, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return apply(form, actor, parent, errors);
	}

	private Optional<Actor> apply(ActorForm form, Actor actor, Actor parent, Errors errors) {
		try {
			actor.affiliateTo(parent, form.getRole());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("parent", "circular", ex.getMessage());
			return Optional.empty();
		}
		actor.rename(form.getName().strip(), form.getType(), form.getCountry());
		actor.replaceAliases(form.aliasList());
		actor.describe(form.getDescription());
		Actor saved = actors.saveAndFlush(actor);
		affiliations.followChanges();
		return Optional.of(saved);
	}

	private Actor check(ActorForm form, Long id, Errors errors) {
		if (form.getName() != null && !form.getName().isBlank()) {
			actors.findByNameIgnoreCase(form.getName().strip()).stream()
				.filter(other -> !other.getId().equals(id))
				.findFirst()
				.ifPresent(other -> errors.rejectValue("name", "taken", "There is already an actor called “"
						+ other.getName() + "”. If they are the same, merge the two instead."));
		}
		if (form.aliasList().stream().anyMatch(alias -> alias.length() > 200)) {
			errors.rejectValue("aliases", "tooLong", "Keep each alias under 200 characters.");
		}
		checkAliases(form, id, errors);
		if (form.getParent() == null || form.getParent().isBlank()) {
			return null;
		}
		ActorNames.Match parent = names.resolve(form.getParent());
		if (!parent.isUnique()) {
			errors.rejectValue("parent", "unknown", parent.problem());
			return null;
		}
		return parent.actor();
	}

	/** Each alias is one visible line, and never another actor's name: that would make the name ambiguous. */
	private void checkAliases(ActorForm form, Long id, Errors errors) {
		for (String alias : form.aliasList()) {
			String problem = PlainTextValidator.problem(alias, false);
			if (problem != null) {
				errors.rejectValue("aliases", "invisible", "The alias “" + alias + "”: " + problem);
				return;
			}
			var other = actors.findByNameIgnoreCase(alias).stream().filter(actor -> !actor.getId().equals(id))
				.findFirst();
			if (other.isPresent()) {
				errors.rejectValue("aliases", "otherActorsName", "“" + alias + "” is the name of another actor, "
						+ other.get().getName() + ". Remove the alias, or merge the two actors if they are the same.");
				return;
			}
		}
	}

}
