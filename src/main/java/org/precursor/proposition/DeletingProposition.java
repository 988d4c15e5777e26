package org.precursor.proposition;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/** Deletes a proposition and the stances claims take on it; the claims themselves stay. */
@Component
public class DeletingProposition {

	private final PropositionRepository propositions;

	private final ClaimRepository claims;

	private final ApplicationEventPublisher events;

	DeletingProposition(PropositionRepository propositions, ClaimRepository claims, ApplicationEventPublisher events) {
		this.propositions = propositions;
		this.claims = claims;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PropositionDeletion preview(Long id) {
		Proposition proposition = find(id);
		return new PropositionDeletion(id, proposition.getText(), proposition.getVersion(),
				claims.findTakingStanceOn(proposition).stream()
					.map(claim -> claim.getClaimant().getName() + ": " + claim.getText())
					.toList());
	}

	@Transactional
	public void delete(Long id, Long version) {
		Proposition proposition = find(id);
		StaleEditException.check(version, proposition.getVersion());
		for (Claim claim : claims.findTakingStanceOn(proposition)) {
			claim.withdrawStanceOn(proposition);
		}
		events.publishEvent(new PropositionRemoving(proposition));
		claims.flush();
		propositions.delete(proposition);
	}

	private Proposition find(Long id) {
		return propositions.findById(id).orElseThrow(() -> NotFoundException.byId("proposition", id));
	}

	public record PropositionDeletion(Long id, String text, long version, List<String> claims) {
	}

}
