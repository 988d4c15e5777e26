package org.precursor.claim;

import java.util.List;

import org.precursor.actor.ActorRef;

/** The claims one article reports, in reading order, and whom it quotes. */
public record ReportedClaims(List<ClaimCard> claims, List<QuotedActor> quoted) {

	/** An actor the article quotes, with how many of its claims it reports. */
	public record QuotedActor(ActorRef actor, long claims) {
	}

}
