package org.precursor.claim;

import org.precursor.proposition.PropositionRef;

/** How many claims take a side, either side, on one proposition. */
public record PropositionCount(PropositionRef proposition, long claims) {

	public PropositionCount(String slug, String text, long claims) {
		this(new PropositionRef(slug, text), claims);
	}

}
