package org.precursor.article;

import java.util.List;

import org.precursor.actor.ActorRef;
import org.precursor.claim.ClaimCard;

/** One article: what it is, the claims it reports in reading order, and whom it quotes. */
public record ArticlePage(ArticleListing article, String url, String language, List<ClaimCard> claims,
		List<QuotedActor> quoted) {

	/** An actor the article quotes, with how many of its claims it reports. */
	public record QuotedActor(ActorRef actor, long claims) {
	}

}
