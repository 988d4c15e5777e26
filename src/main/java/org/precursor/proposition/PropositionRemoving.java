package org.precursor.proposition;

/** Published inside the delete's transaction, before the proposition is deleted. */
public record PropositionRemoving(Proposition proposition) {
}
