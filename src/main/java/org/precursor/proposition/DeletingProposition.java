package org.precursor.proposition;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/**
 * Deletes a proposition. Listeners to {@link PropositionRemoving} withdraw what refers to it (the stances claims
 * take on it); the claims themselves stay.
 */
@Component
public class DeletingProposition {

	private final PropositionRepository propositions;

	private final PropositionStances stances;

	private final ApplicationEventPublisher events;

	DeletingProposition(PropositionRepository propositions, PropositionStances stances,
			ApplicationEventPublisher events) {
		this.propositions = propositions;
		this.stances = stances;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PropositionDeletion preview(Long id) {
		Proposition proposition = find(id);
		return new PropositionDeletion(id, proposition.getText(), proposition.getVersion(),
				stances.describeClaimsOn(proposition));
	}

	@Transactional
	public void delete(Long id, Long version) {
		Proposition proposition = find(id);
		StaleEditException.check(version, proposition.getVersion());
		events.publishEvent(new PropositionRemoving(proposition));
		propositions.flush();
		propositions.delete(proposition);
	}

	private Proposition find(Long id) {
		return propositions.findById(id).orElseThrow(() -> NotFoundException.byId("proposition", id));
	}

	public record PropositionDeletion(Long id, String text, long version, List<String> claims) {
	}

}
