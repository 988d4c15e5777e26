package org.precursor.proposition;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.precursor.web.NotFoundException;
import org.precursor.web.Slugs;
import org.precursor.web.StaleEditException;

/**
 * Adds a proposition, or saves an edited one unless someone else saved it since the form was opened. A text already
 * recorded, in any case, is refused beside the field; run through {@link org.precursor.web.UniqueNames#attempt} so
 * that a text recorded at the same moment is refused the same way.
 */
@Component
class EditingProposition {

	private final PropositionRepository propositions;

	EditingProposition(PropositionRepository propositions) {
		this.propositions = propositions;
	}

	/** The new proposition, or empty when its text is taken (the problem is then in {@code errors}). */
	@Transactional
	Optional<Proposition> add(PropositionForm form, Errors errors) {
		refuseTakenText(form, null, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		String text = form.getText().strip();
		return Optional.of(propositions.saveAndFlush(
				new Proposition(Slugs.available(text, propositions::existsBySlug), text, form.getDescription())));
	}

	/** The saved proposition, or empty when its new text is taken (the problem is then in {@code errors}). */
	@Transactional
	Optional<Proposition> update(Long id, PropositionForm form, Errors errors) {
		Proposition proposition = propositions.findById(id)
			.orElseThrow(() -> NotFoundException.byId("proposition", id));
		StaleEditException.check(form.getVersion(), proposition.getVersion());
		refuseTakenText(form, id, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		proposition.reword(form.getText().strip(), form.getDescription());
		return Optional.of(propositions.saveAndFlush(proposition));
	}

	private void refuseTakenText(PropositionForm form, Long id, Errors errors) {
		if (form.getText() != null && !form.getText().isBlank()) {
			propositions.findByTextIgnoreCase(form.getText().strip())
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> errors.rejectValue("text", "taken", "This proposition is already recorded."));
		}
	}

}
