package org.precursor.proposition;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/** Saves an edited proposition, unless someone else saved it since the form was opened. */
@Component
class EditingProposition {

	private final PropositionRepository propositions;

	EditingProposition(PropositionRepository propositions) {
		this.propositions = propositions;
	}

	@Transactional
	Proposition update(Long id, PropositionForm form) {
		Proposition proposition = propositions.findById(id)
			.orElseThrow(() -> NotFoundException.byId("proposition", id));
		StaleEditException.check(form.getVersion(), proposition.getVersion());
		proposition.reword(form.getText().strip(), form.getDescription());
		return propositions.saveAndFlush(proposition);
	}

}
