package org.precursor.claim;

import org.precursor.proposition.Stance;

/** One claim's side on one proposition, with one of the actors who made it (its claimant or a joint claimant). */
public record ClaimStanceBy(Long claimId, Long actorId, String propositionSlug, Stance stance) {
}
