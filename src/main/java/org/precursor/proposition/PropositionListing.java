package org.precursor.proposition;

/** A proposition in the list of propositions, with how many claims support and dispute it. */
public record PropositionListing(PropositionRef proposition, String description, long supports, long disputes)
		implements SplitBetweenSides {
}
