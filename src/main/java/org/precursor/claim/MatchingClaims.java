package org.precursor.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.precursor.proposition.PropositionTally;
import org.precursor.web.Pagination;

/**
 * The claims that match one filter, with the counts readers see beside them. Each facet is counted over the
 * filter without its own choice (outlets counted as if no outlet were chosen), so every count is exactly the
 * number of claims that choosing it would show.
 */
public final class MatchingClaims {

	private final EntityManager entities;

	private final ClaimFilter filter;

	private final List<Long> claimantTree;

	MatchingClaims(EntityManager entities, ClaimFilter filter, List<Long> claimantTree) {
		this.entities = entities;
		this.filter = filter;
		this.claimantTree = List.copyOf(claimantTree);
	}

	public ClaimFilter filter() {
		return filter;
	}

	/** Ids of the claimant and its affiliates, whose claims are included when the filter rolls up. */
	public List<Long> claimantTree() {
		return claimantTree;
	}

	public long count() {
		return query(filter).select(entities, "count(c)", "", "", Long.class).getSingleResult();
	}

	public List<ClaimCard> page(int page, int size) {
		return ClaimCards.load(entities, query(filter).select(entities, ClaimRow.SELECTION, "", order(), ClaimRow.class)
			.setFirstResult((Pagination.reachable(page, size) - 1) * size)
			.setMaxResults(size)
			.getResultList());
	}

	public List<ClaimCard> all() {
		return ClaimCards.load(entities,
				query(filter).select(entities, ClaimRow.SELECTION, "", order(), ClaimRow.class).getResultList());
	}

	/** Claims per outlet, counting a republished article for its publisher and its original outlet alike. */
	public List<FacetValue> outletCounts() {
		return facet(query(filter.withOutlets(List.of())), "o2.slug", "o2.name",
				" join Outlet o2 on (o2 = o or o2 = oo)", "count(distinct c.id)", filter::hasOutlet);
	}

	/** Claims per claimant, own claims only. */
	public List<FacetValue> claimantCounts() {
		return facet(query(filter.withClaimant(null, false)), "cl.slug", "cl.name", "", "count(c)",
				slug -> slug.equals(filter.claimant()));
	}

	public List<FacetValue> aboutCounts() {
		return facet(query(filter.withAbout(null)), "ab2.slug", "ab2.name", " join c.about ab2", "count(c)",
				slug -> slug.equals(filter.about()));
	}

	/** Claims per proposition, on the chosen side when a stance is chosen. */
	public List<FacetValue> propositionCounts() {
		ClaimQuery query = query(filter.withProposition(null).withStance(null));
		if (filter.stance() != null) {
			query.and("s2.stance = :facetStance", "facetStance", filter.stance());
		}
		return facet(query, "p2.slug", "p2.text", " join c.stances s2 join s2.proposition p2", "count(distinct c.id)",
				slug -> slug.equals(filter.proposition()));
	}

	/** Claims per proposition and side: which side these claims give voice to. */
	public List<StanceCount> stanceCounts() {
		return query(filter)
			.select(entities, "new org.precursor.claim.StanceCount(p2.slug, p2.text, s2.stance, count(c))",
					" join c.stances s2 join s2.proposition p2", " group by p2.slug, p2.text, s2.stance",
					StanceCount.class)
			.getResultList();
	}

	/** Claims per proposition and side, both sides in one row, most claims first. */
	public List<PropositionTally> propositionTallies() {
		Map<String, PropositionTally> tallies = new LinkedHashMap<>();
		for (StanceCount count : stanceCounts()) {
			tallies.merge(count.proposition().slug(), PropositionTally.of(count.proposition(), count.stance(), count.claims()), PropositionTally::plus);
		}
		List<PropositionTally> sorted = new ArrayList<>(tallies.values());
		sorted.sort(Comparator.comparingLong(PropositionTally::total).reversed()
			.thenComparing(tally -> tally.proposition().text()));
		return sorted;
	}

	private ClaimQuery query(ClaimFilter variant) {
		return ClaimQuery.matching(variant, claimantTree);
	}

	private String order() {
		return filter.sort() == ClaimFilter.Sort.OLDEST ? ClaimQuery.OLDEST_FIRST : ClaimQuery.NEWEST_FIRST;
	}

	private List<FacetValue> facet(ClaimQuery query, String value, String label, String joins, String count,
			Predicate<String> selected) {
		List<Object[]> rows = query
			.select(entities, value + ", " + label + ", " + count, joins,
					" group by " + value + ", " + label + " order by " + count + " desc, " + label, Object[].class)
			.getResultList();
		return rows.stream()
			.map(row -> new FacetValue((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
					selected.test((String) row[0])))
			.toList();
	}

}
