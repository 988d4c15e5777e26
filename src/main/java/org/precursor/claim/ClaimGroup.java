package org.precursor.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.precursor.proposition.PropositionRef;

/**
 * Claims gathered under the proposition they take a side on. A claim on two propositions appears under both; a
 * claim on none is gathered under no proposition, last. A group may show only its first claims, with the address
 * of the claims list holding all of them.
 */
public record ClaimGroup(PropositionRef proposition, List<ClaimCard> claims, int total, String allUrl) {

	public static List<ClaimGroup> byProposition(List<ClaimCard> cards) {
		Map<PropositionRef, List<ClaimCard>> groups = new LinkedHashMap<>();
		List<ClaimCard> withoutStance = new ArrayList<>();
		for (ClaimCard card : cards) {
			if (card.stances().isEmpty()) {
				withoutStance.add(card);
			}
			card.stances().forEach(badge -> groups.computeIfAbsent(badge.proposition(), key -> new ArrayList<>()).add(card));
		}
		List<ClaimGroup> result = new ArrayList<>();
		groups.forEach((proposition, claims) -> result.add(new ClaimGroup(proposition, List.copyOf(claims),
				claims.size(), null)));
		result.sort(Comparator.comparingInt(ClaimGroup::total).reversed()
			.thenComparing(group -> group.proposition().text()));
		if (!withoutStance.isEmpty()) {
			result.add(new ClaimGroup(null, List.copyOf(withoutStance), withoutStance.size(), null));
		}
		return List.copyOf(result);
	}

	/**
	 * The same groups showing at most {@code shown} claims each; a shortened group links to the claims list
	 * filtered by {@code filter} and, for a group with a proposition, by that proposition.
	 */
	public static List<ClaimGroup> byProposition(List<ClaimCard> cards, int shown, ClaimFilter filter) {
		return byProposition(cards).stream()
			.map(group -> group.total <= shown ? group
					: new ClaimGroup(group.proposition, group.claims.subList(0, shown), group.total,
							(group.proposition == null ? filter : filter.withProposition(group.proposition.slug())).url()))
			.toList();
	}

	/**
	 * Groups for a section whose claims are too many to load: each proposition's total comes from the database,
	 * the claims shown under it from the section's newest claims, at most {@code shown} each. The first
	 * {@code groups} propositions with most claims are shown, then the claims on none.
	 */
	public static List<ClaimGroup> summarised(List<ClaimCard> newest, List<PropositionCount> totals,
			long withoutStance, int shown, int groups, ClaimFilter filter) {
		List<ClaimGroup> result = new ArrayList<>();
		for (PropositionCount total : totals.subList(0, Math.min(groups, totals.size()))) {
			String slug = total.proposition().slug();
			List<ClaimCard> claims = newest.stream().filter(card -> card.stanceOn(slug).isPresent()).limit(shown).toList();
			result.add(new ClaimGroup(total.proposition(), claims, (int) total.claims(),
					claims.size() < total.claims() ? filter.withProposition(slug).url() : null));
		}
		if (withoutStance > 0) {
			List<ClaimCard> claims = newest.stream().filter(card -> card.stances().isEmpty()).limit(shown).toList();
			result.add(new ClaimGroup(null, claims, (int) withoutStance,
					claims.size() < withoutStance ? filter.url() : null));
		}
		return List.copyOf(result);
	}

	public boolean isShortened() {
		return claims.size() < total;
	}

}
