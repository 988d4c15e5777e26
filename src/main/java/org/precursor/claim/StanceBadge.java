package org.precursor.claim;

import java.util.Locale;

import org.precursor.proposition.PropositionRef;
import org.precursor.proposition.Stance;

/** The side a claim takes on one proposition, as shown beside the claim. */
public record StanceBadge(PropositionRef proposition, Stance stance) {

	public String cssClass() {
		return "stance-" + stance.name().toLowerCase(Locale.ROOT);
	}

}
