package org.precursor.claim;

import org.precursor.proposition.Stance;

/** The side one claim takes on one proposition, as claim cards show it. */
public record ClaimStance(Long claimId, String propositionSlug, String propositionText, Stance stance) {
}
