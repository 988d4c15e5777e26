package org.precursor.claim;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;

/**
 * Deletes claims, first telling the features that cite them (supply-chain evidence) so they can let go or
 * refuse; a refusal rolls the whole delete back.
 */
@Component
public class RemovingClaims {

	private final ClaimRepository claims;

	private final ApplicationEventPublisher events;

	RemovingClaims(ClaimRepository claims, ApplicationEventPublisher events) {
		this.claims = claims;
		this.events = events;
	}

	@Transactional
	public void remove(List<Claim> removed) {
		if (!removed.isEmpty()) {
			events.publishEvent(new ClaimsRemoving(removed));
			claims.deleteAll(removed);
		}
	}

	@Transactional
	public void removeById(Long id) {
		remove(List.of(claims.findById(id).orElseThrow(() -> NotFoundException.byId("claim", id))));
	}

}
