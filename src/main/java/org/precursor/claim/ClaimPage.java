package org.precursor.claim;

import java.util.List;

import org.precursor.actor.ActorRef;

/** One claim in full, with who it is about and, for each side it takes, the claims that agree and dispute. */
public record ClaimPage(ClaimCard claim, List<ActorRef> subjects, List<Debate> debates) {

	/**
	 * The other claims on one proposition this claim takes a side on: the first few of each side, how many
	 * there are, and the claims list showing every claim on that side.
	 */
	public record Debate(StanceBadge position, List<ClaimCard> agreeing, int agreeingTotal, String agreeingUrl,
			List<ClaimCard> disputing, int disputingTotal, String disputingUrl) {

		static Debate of(StanceBadge position, Side agreeing, Side disputing) {
			ClaimFilter onProposition = ClaimFilter.onProposition(position.proposition().slug());
			return new Debate(position, agreeing.first(), agreeing.total(),
					onProposition.withStance(position.stance()).url(), disputing.first(), disputing.total(),
					onProposition.withStance(position.stance().opposite()).url());
		}

		/** The first claims on one side, oldest first, and how many take that side in all. */
		record Side(List<ClaimCard> first, int total) {
		}


	}

}
