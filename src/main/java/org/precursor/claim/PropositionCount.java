package org.precursor.claim;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.precursor.proposition.PropositionRef;

/** How many claims take a side, either side, on one proposition. */
public record PropositionCount(PropositionRef proposition, long claims) {

	public PropositionCount(String slug, String text, long claims) {
		this(new PropositionRef(slug, text), claims);
	}

	/**
	 * The claims per proposition that these counts per side add up to (a claim takes one side of a proposition),
	 * most first, as {@link MatchingClaims#countsByProposition()} orders them; less the {@code leavingOut} counts of
	 * some of the same claims.
	 */
	static List<PropositionCount> ofSides(List<StanceCount> sides, List<PropositionCount> leavingOut) {
		Map<PropositionRef, Long> claims = new LinkedHashMap<>();
		sides.forEach(side -> claims.merge(side.proposition(), side.claims(), Long::sum));
		leavingOut.forEach(count -> claims.merge(count.proposition(), -count.claims(), Long::sum));
		return claims.entrySet().stream()
			.filter(entry -> entry.getValue() > 0)
			.map(entry -> new PropositionCount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingLong(PropositionCount::claims).reversed()
				.thenComparing(count -> count.proposition().text()))
			.toList();
	}

}
