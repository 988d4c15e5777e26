package org.precursor.claim;

/** One of the further claimants of a statement made jointly, as claim cards list them. */
public record JointClaimant(Long claimId, String slug, String name) {
}
