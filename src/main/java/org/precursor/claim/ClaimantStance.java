package org.precursor.claim;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.Stance;

/** How many claims one claimant made on one side of one proposition. */
public record ClaimantStance(Long claimantId, ActorRef claimant, String propositionSlug, Stance stance, long claims) {

	public ClaimantStance(Long claimantId, String slug, String name, String propositionSlug, Stance stance,
			long claims) {
		this(claimantId, new ActorRef(slug, name), propositionSlug, stance, claims);
	}

}
