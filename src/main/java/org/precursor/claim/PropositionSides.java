package org.precursor.claim;

import java.util.List;

import org.precursor.actor.ActorRef;
import org.precursor.article.PublicationDate;

/** The claims supporting and disputing one proposition side by side, and who took which side when. */
public record PropositionSides(List<ClaimCard> supporting, List<ClaimCard> disputing, List<TimelineEntry> timeline) {

	/** The actors who took each side on one date (as precise as the articles allow). */
	public record TimelineEntry(PublicationDate date, List<Voice> supporting, List<Voice> disputing) {
	}

	/** An actor on one side on one date, with how many claims it made there. */
	public record Voice(ActorRef actor, long claims) {
	}

}
