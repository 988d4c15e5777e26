package org.precursor.home;

import java.util.List;

import org.precursor.actor.ActorRef;
import org.precursor.claim.ClaimCard;
import org.precursor.proposition.PropositionTally;

/** The home page: the dataset's size, the most contested propositions, the latest claims and where to start. */
public record HomePage(DatasetCounts counts, List<PropositionTally> contested, List<ClaimCard> latest,
		List<ActorRef> keyActors) {
}
