package org.precursor.claim;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.Stance;

/**
 * How far another actor sides with this one: the number of its claims taking the same side (or, for opponents,
 * the opposite side) of propositions this actor has a position on, and on how many propositions.
 */
public record Alignment(ActorRef actor, long claims, int propositions) {

	private static final int SHOWN = 8;

	/**
	 * This actor's position on each proposition it spoke to: the side most of its claims take. A proposition on
	 * which its claims are evenly split gives no position, so it makes no one an ally or an opponent.
	 */
	static Map<String, Stance> positions(List<ClaimCard> claims) {
		List<StanceCount> counts = claims.stream()
			.flatMap(card -> card.stances().stream())
			.map(badge -> new StanceCount(badge.proposition(), badge.stance(), 1))
			.toList();
		return positionsFrom(counts);
	}

	/** The same positions from the number of claims on each side of each proposition. */
	static Map<String, Stance> positionsFrom(List<StanceCount> counts) {
		Map<String, Long> balance = new HashMap<>();
		counts.forEach(count -> balance.merge(count.proposition().slug(),
				count.stance() == Stance.SUPPORTS ? count.claims() : -count.claims(), Long::sum));
		Map<String, Stance> positions = new HashMap<>();
		balance.forEach((slug, sum) -> {
			if (sum != 0) {
				positions.put(slug, sum > 0 ? Stance.SUPPORTS : Stance.DISPUTES);
			}
		});
		return positions;
	}

	/** Other actors ranked by how many of their claims agree (or disagree) with these positions. */
	static List<Alignment> rank(Map<String, Stance> positions, List<ClaimantStance> others, boolean agreeing) {
		Map<ActorRef, Long> claims = new HashMap<>();
		Map<ActorRef, Set<String>> propositions = new HashMap<>();
		for (ClaimantStance other : others) {
			Stance position = positions.get(other.propositionSlug());
			if (position != null && (other.stance() == position) == agreeing) {
				claims.merge(other.claimant(), other.claims(), Long::sum);
				propositions.computeIfAbsent(other.claimant(), actor -> new HashSet<>()).add(other.propositionSlug());
			}
		}
		return claims.entrySet().stream()
			.map(entry -> new Alignment(entry.getKey(), entry.getValue(), propositions.get(entry.getKey()).size()))
			.sorted(Comparator.comparingLong(Alignment::claims).reversed()
				.thenComparing(alignment -> alignment.actor().name()))
			.limit(SHOWN)
			.toList();
	}

}
