package org.precursor.proposition;

import java.util.List;

/**
 * What the claims say about propositions, supplied by the feature that records claims, so that this one can count
 * and list the stances without depending on it.
 */
public interface PropositionStances {

	/** Both sides of every proposition that any claim takes a side on, counted over all claims. */
	List<PropositionTally> tallies();

	/** Both sides of one proposition, counted over the claims that take a side on it. */
	PropositionTally tallyOf(Proposition proposition);

	/** The claims taking a side on the proposition, each as "claimant: text", for a confirmation page. */
	List<String> describeClaimsOn(Proposition proposition);

}
