package org.precursor.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.precursor.actor.ActorRef;

/** The claims one article reports, in reading order, and whom it quotes. */
public record ReportedClaims(List<ClaimCard> claims, List<QuotedActor> quoted) {

	/** An actor the article quotes, with how many of its claims it reports. */
	public record QuotedActor(ActorRef actor, long claims) {
	}

	/** The claims of one speaker in the article, in reading order. */
	public record Speaker(ActorRef actor, List<ClaimCard> claims) {
	}

	/** The claims grouped by who made them, speakers in the order the article first quotes them. */
	public List<Speaker> bySpeaker() {
		Map<ActorRef, List<ClaimCard>> groups = new LinkedHashMap<>();
		claims.forEach(card -> groups.computeIfAbsent(card.claimant(), actor -> new ArrayList<>()).add(card));
		List<Speaker> speakers = new ArrayList<>();
		groups.forEach((actor, cards) -> speakers.add(new Speaker(actor, List.copyOf(cards))));
		return speakers;
	}

}
