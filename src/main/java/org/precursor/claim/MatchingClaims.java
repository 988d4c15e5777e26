package org.precursor.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.precursor.actor.Actor;
import org.precursor.proposition.PropositionTally;
import org.precursor.proposition.Stance;
import org.precursor.web.Pagination;

/**
 * The claims that match one filter, with the counts readers see beside them. Each facet is counted over the
 * filter without its own choice (outlets counted as if no outlet were chosen), so every count is exactly the
 * number of claims that choosing it would show.
 */
public final class MatchingClaims {

	/** Outlets listed in the outlet facet at most, those with most claims first, the chosen ones besides. */
	static final int OUTLETS_SHOWN = 30;

	/** Claimants, subjects or propositions listed in their facets at most, the chosen one besides. */
	static final int VALUES_SHOWN = 120;

	private final EntityManager entities;

	private final ClaimFilter filter;

	private final List<Long> claimantTree;

	/** The claimant, or the claimant and its affiliates when the filter rolls up: whose claims match. */
	private final List<Long> claimantIds;

	/** A claimant whose own claims, alone or joint, are left out: for "claims of its affiliates". */
	private final Long excludedClaimant;

	MatchingClaims(EntityManager entities, ClaimFilter filter, List<Long> claimantIds, boolean rolledUp) {
		this(entities, filter, claimantIds, rolledUp, null);
	}

	private MatchingClaims(EntityManager entities, ClaimFilter filter, List<Long> claimantIds, boolean rolledUp,
			Long excludedClaimant) {
		this.entities = entities;
		this.filter = filter;
		this.claimantIds = List.copyOf(claimantIds);
		this.claimantTree = rolledUp ? this.claimantIds : List.of();
		this.excludedClaimant = excludedClaimant;
	}

	public ClaimFilter filter() {
		return filter;
	}

	/** Ids of the claimant and its affiliates, whose claims are included when the filter rolls up. */
	public List<Long> claimantTree() {
		return claimantTree;
	}

	/** These claims less those the actor made, alone or jointly: a rolled-up claimant's affiliates' claims. */
	MatchingClaims leavingOut(Actor claimant) {
		return new MatchingClaims(entities, filter,
				claimantTree.stream().filter(id -> !id.equals(claimant.getId())).toList(), true, claimant.getId());
	}

	public long count() {
		return query(filter).selectOverClaims(entities, "count(c)", "", "", Long.class).getSingleResult();
	}

	/**
	 * One page of the claims in order. Of all claims, the page's ids are found first, over the claim table alone, so
	 * that the database walks the index of the order instead of sorting every claim joined to its records; only
	 * then are the cards read, for those ids. A filtered list is read in one statement.
	 */
	public List<ClaimCard> page(int page, int size) {
		ClaimQuery matching = query(filter);
		int first = (Pagination.reachable(page, size) - 1) * size;
		if (!matching.matchesEverything()) {
			return ClaimCards.load(entities, matching.select(entities, ClaimRow.SELECTION, "", order(), ClaimRow.class)
				.setFirstResult(first)
				.setMaxResults(size)
				.getResultList());
		}
		List<Long> ids = matching.selectOverClaims(entities, "c.id", "", order(), Long.class)
			.setFirstResult(first)
			.setMaxResults(size)
			.getResultList();
		return ClaimCards.load(entities, ids.isEmpty() ? List.of() : ClaimQuery.all().and("c.id in :ids", "ids", ids)
			.select(entities, ClaimRow.SELECTION, "", order(), ClaimRow.class)
			.getResultList());
	}

	/** How many different claimants made these claims; joint claimants are not counted. */
	public long countClaimants() {
		return query(filter).selectOverClaims(entities, "count(distinct c.claimant.id)", "", "", Long.class)
			.getSingleResult();
	}

	/** How many claims match, and how many of them take a side on no proposition, in one statement. */
	public Totals totals() {
		Object[] row = query(filter).selectOverClaims(entities, "count(c), coalesce(sum(case when exists (select 1 from Claim cs"
				+ " join cs.stances s where cs = c) then 0 else 1 end), 0)", "", "", Object[].class).getSingleResult();
		return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
	}

	/** The number of matching claims, and of those among them that take a side on no proposition. */
	public record Totals(long claims, long withoutStance) {
	}

	/** Claims per proposition they take a side on, most first; a claim on two propositions counts for both. */
	public List<PropositionCount> countsByProposition() {
		return query(filter)
			.selectOverClaims(entities, "new org.precursor.claim.PropositionCount(p2.slug, p2.text, count(c))",
					" join c.stances s2 join s2.proposition p2",
					" group by p2.slug, p2.text order by count(c) desc, p2.text", PropositionCount.class)
			.getResultList();
	}

	/** Claims per outlet, counting a republished article for its publisher and its original outlet alike. */
	public List<FacetValue> outletCounts() {
		return facet(() -> query(filter.withOutlets(List.of())), "o2.slug", "o2.name",
				" join Outlet o2 on (o2 = o or o2 = oo)", "count(distinct c.id)", filter.outlets(), OUTLETS_SHOWN, true);
	}

	/** Claims per claimant, own claims only. */
	public List<FacetValue> claimantCounts() {
		return facet(() -> query(filter.withClaimant(null, false)), "cl.slug", "cl.name", "", "count(c)",
				optional(filter.claimant()), VALUES_SHOWN, true);
	}

	public List<FacetValue> aboutCounts() {
		return facet(() -> query(filter.withAbout(null)), "ab2.slug", "ab2.name", " join c.about ab2", "count(c)",
				optional(filter.about()), VALUES_SHOWN, false);
	}

	/** Claims per proposition, on the chosen side when a stance is chosen. */
	public List<FacetValue> propositionCounts() {
		Supplier<ClaimQuery> query = () -> {
			ClaimQuery onAny = query(filter.withProposition(null).withStance(null));
			return filter.stance() == null ? onAny : onAny.and("s2.stance = :facetStance", "facetStance", filter.stance());
		};
		return facet(query, "p2.slug", "p2.text", " join c.stances s2 join s2.proposition p2", "count(distinct c.id)",
				optional(filter.proposition()), VALUES_SHOWN, false);
	}

	/** Claims per proposition and side: which side these claims give voice to. */
	public List<StanceCount> stanceCounts() {
		ClaimQuery query = query(filter);
		if (query.matchesEverything()) {
			return everyStanceCount();
		}
		return query
			.selectOverClaims(entities, "new org.precursor.claim.StanceCount(p2.slug, p2.text, s2.stance, count(c))",
					" join c.stances s2 join s2.proposition p2", " group by p2.slug, p2.text, s2.stance",
					StanceCount.class)
			.getResultList();
	}

	/** The stances of all claims, counted from their own table: every stance belongs to a claim. */
	private List<StanceCount> everyStanceCount() {
		List<?> rows = entities.createNativeQuery("""
				select p.slug, p.text, s.stance, count(*) from claim_stance s join proposition p on p.id = s.proposition_id
				group by p.slug, p.text, s.stance""").getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(row -> new StanceCount((String) row[0], (String) row[1], Stance.valueOf((String) row[2]),
					((Number) row[3]).longValue()))
			.toList();
	}

	/**
	 * Claims per month of their date, the newest {@code months} months, oldest first; claims without a date make
	 * one row of their own, with neither year nor month.
	 */
	public List<ActorSummary.MonthCount> countsByMonth(int months) {
		List<Object[]> rows = new ArrayList<>(query(filter)
			.selectOverClaims(entities, "year(c.effectiveOn), month(c.effectiveOn), count(c)", "",
					" group by year(c.effectiveOn), month(c.effectiveOn)"
							+ " order by year(c.effectiveOn) desc nulls last, month(c.effectiveOn) desc",
					Object[].class)
			.setMaxResults(months + 1)
			.getResultList());
		java.util.Collections.reverse(rows);
		return rows.stream()
			.map(row -> row[0] == null ? new ActorSummary.MonthCount(0, 0, ((Number) row[2]).longValue())
					: new ActorSummary.MonthCount((Number) row[0], (Number) row[1], (Number) row[2]))
			.toList();
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
		ClaimQuery query = ClaimQuery.matching(variant, variant.claimant() == null ? List.of() : claimantIds);
		if (excludedClaimant != null) {
			query.and("not " + ClaimQuery.MADE_BY + ":excluded)", "excluded", List.of(excludedClaimant));
		}
		return query;
	}

	private static List<String> optional(String slug) {
		return slug == null ? List.of() : List.of(slug);
	}

	private String order() {
		return filter.sort() == ClaimFilter.Sort.OLDEST ? ClaimQuery.OLDEST_FIRST : ClaimQuery.NEWEST_FIRST;
	}

	/**
	 * The values of one facet with most claims first, at most {@code shown} of them, and the chosen ones however
	 * few claims they have, so that a facet never lists every actor of a large dataset.
	 */
	private List<FacetValue> facet(Supplier<ClaimQuery> query, String value, String label, String joins, String count,
			List<String> chosen, int shown, boolean readsRecords) {
		String ending = " group by " + value + ", " + label + " order by " + count + " desc, " + label;
		String selection = value + ", " + label + ", " + count;
		List<Object[]> rows = new ArrayList<>(select(query.get(), selection, joins, ending, readsRecords)
			.setMaxResults(shown)
			.getResultList());
		List<String> missing = chosen.stream().filter(slug -> rows.stream().noneMatch(row -> slug.equals(row[0])))
			.toList();
		if (!missing.isEmpty()) {
			rows.addAll(select(query.get().and(value + " in :facetChosen", "facetChosen", missing), selection, joins,
					ending, readsRecords).getResultList());
		}
		return rows.stream()
			.map(row -> new FacetValue((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
					chosen.contains((String) row[0])))
			.toList();
	}

	private TypedQuery<Object[]> select(ClaimQuery query, String selection, String joins, String ending,
			boolean readsRecords) {
		return readsRecords ? query.select(entities, selection, joins, ending, Object[].class)
				: query.selectOverClaims(entities, selection, joins, ending, Object[].class);
	}

}
