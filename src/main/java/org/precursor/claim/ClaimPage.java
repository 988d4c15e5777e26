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

		static Debate of(StanceBadge position, List<ClaimCard> others, int shown) {
			String slug = position.proposition().slug();
			List<ClaimCard> agreeing = others.stream()
				.filter(other -> other.stanceOn(slug).filter(position.stance()::equals).isPresent())
				.toList();
			List<ClaimCard> disputing = others.stream()
				.filter(other -> other.stanceOn(slug).filter(position.stance().opposite()::equals).isPresent())
				.toList();
			ClaimFilter onProposition = ClaimFilter.onProposition(slug);
			return new Debate(position, first(agreeing, shown), agreeing.size(),
					onProposition.withStance(position.stance()).url(), first(disputing, shown), disputing.size(),
					onProposition.withStance(position.stance().opposite()).url());
		}

		private static List<ClaimCard> first(List<ClaimCard> cards, int shown) {
			return cards.size() <= shown ? cards : cards.subList(0, shown);
		}

	}

}
