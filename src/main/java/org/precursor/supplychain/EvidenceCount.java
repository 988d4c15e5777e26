package org.precursor.supplychain;

/** How often one claimant's claims are cited as evidence on one side of the supply-chain links. */
public record EvidenceCount(Long claimantId, EvidenceRole role, long citations) {
}
