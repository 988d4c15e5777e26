package org.precursor.claim;

import java.util.List;

import org.precursor.actor.ActorRef;
import org.precursor.article.PublicationDate;

/**
 * The claims supporting and disputing one proposition side by side, the earliest first, with how many each side has,
 * and who took which side when: over every claim, or over each side's first {@code timelineReach} claims when
 * {@code timelineComplete} is false.
 */
public record PropositionSides(List<ClaimCard> supporting, long supportingTotal, List<ClaimCard> disputing,
		long disputingTotal, List<TimelineEntry> timeline, boolean timelineComplete, int timelineReach) {

	/** The actors who took each side on one date (as precise as the articles allow). */
	public record TimelineEntry(PublicationDate date, List<Voice> supporting, List<Voice> disputing) {
	}

	/** An actor on one side on one date, with how many claims it made there. */
	public record Voice(ActorRef actor, long claims) {
	}

}
