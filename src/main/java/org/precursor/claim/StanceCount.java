package org.precursor.claim;

import org.precursor.proposition.PropositionRef;
import org.precursor.proposition.Stance;

/** How many claims take one side of one proposition. */
public record StanceCount(PropositionRef proposition, Stance stance, long claims) {

	public StanceCount(String slug, String text, Stance stance, long claims) {
		this(new PropositionRef(slug, text), stance, claims);
	}

}
