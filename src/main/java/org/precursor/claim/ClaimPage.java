package org.precursor.claim;

import java.util.List;
import java.util.Map;

import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorType;

/**
 * One claim in full, with who it is about and, for each side it takes, the claims that agree and dispute; the types
 * of the actors it names, by slug, for its structured data.
 */
public record ClaimPage(ClaimCard claim, List<ActorRef> subjects, List<Debate> debates, Map<String, ActorType> types) {

	public ClaimPage {
		types = Map.copyOf(types);
	}

	public ClaimPage(ClaimCard claim, List<ActorRef> subjects, List<Debate> debates) {
		this(claim, subjects, debates, Map.of());
	}

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
