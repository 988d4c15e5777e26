package org.precursor.proposition;

import java.util.List;

import org.precursor.actor.ActorRef;
import org.precursor.article.PublicationDate;
import org.precursor.claim.ClaimCard;

/** One proposition: the claims supporting and disputing it side by side, and who took which side when. */
public record PropositionPage(PropositionListing proposition, List<ClaimCard> supporting,
		List<ClaimCard> disputing, List<TimelineEntry> timeline) {

	/** The actors who took each side on one date (as precise as the articles allow). */
	public record TimelineEntry(PublicationDate date, List<Voice> supporting, List<Voice> disputing) {
	}

	/** An actor on one side on one date, with how many claims it made there. */
	public record Voice(ActorRef actor, long claims) {
	}

}
