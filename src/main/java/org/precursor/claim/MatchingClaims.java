package org.precursor.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.precursor.actor.Actor;
import org.precursor.proposition.PropositionTally;
import org.precursor.web.Pagination;

/**
 * The claims that match one filter, with the counts readers see beside them. Each facet is counted over the
 * filter without its own choice (outlets counted as if no outlet were chosen), so every count is exactly the
 * number of claims that choosing it would show.
 * <p>
 * However many claims match, the work stays bounded. When few match ({@link Scale#fewAtMost()} or fewer, known from
 * the indexes of the filter's conditions), everything is counted exactly from those claims. When many match, the
 * total is still exact, the page walks the index of its order, and the breakdowns (by proposition, outlet,
 * claimant or subject) are read from the newest {@link Scale#sample()} of them; {@link #breakdownsSampled()} says
 * so, and the pages tell the reader.
 */
public final class MatchingClaims {

	/** Outlets listed in the outlet facet at most, those with most claims first, the chosen ones besides. */
	static final int OUTLETS_SHOWN = 30;

	/** Claimants, subjects or propositions listed in their facets at most, the chosen one besides. */
	static final int VALUES_SHOWN = 120;

	/**
	 * Up to how many matches a filter counts as few, and how many of the newest matches a larger set's breakdowns
	 * are read from.
	 */
	record Scale(int fewAtMost, int sample) {
	}

	private final EntityManager entities;

	private final ClaimFilter filter;

	private final List<Long> claimantTree;

	/** The claimant, or the claimant and its affiliates when the filter rolls up: whose claims match. */
	private final List<Long> claimantIds;

	/** A claimant whose own claims, alone or joint, are left out: for "claims of its affiliates". */
	private final Long excludedClaimant;

	private final Scale scale;

	/** The root of a rolled-up claimant whose tree queries read from the materialized affiliation tree, or null. */
	private final Long lineageRoot;

	/** The actors named by the search words, found first; null when none are searched for, or too many match. */
	private final List<Long> namedByQ;

	/** How many claims there are in all, which decides whether any filter can match many. */
	private final long allClaims;

	private final IndexedClaimCounts indexes;

	private final Map<ClaimFilter, ClaimQuery.Plan> plans = new HashMap<>();

	private final Map<ClaimFilter, List<Long>> samples = new HashMap<>();

	private Totals totals;

	private boolean sampled;

	MatchingClaims(EntityManager entities, ClaimFilter filter, List<Long> claimantIds, boolean rolledUp,
			Long lineageRoot, List<Long> namedByQ, long allClaims, Scale scale) {
		this(entities, filter, claimantIds, rolledUp, lineageRoot, namedByQ, null, allClaims, scale);
	}

	private MatchingClaims(EntityManager entities, ClaimFilter filter, List<Long> claimantIds, boolean rolledUp,
			Long lineageRoot, List<Long> namedByQ, Long excludedClaimant, long allClaims, Scale scale) {
		this.lineageRoot = lineageRoot;
		this.indexes = new IndexedClaimCounts(entities, claimantIds, lineageRoot, excludedClaimant);
		this.namedByQ = namedByQ == null ? null : List.copyOf(namedByQ);
		this.entities = entities;
		this.filter = filter;
		this.claimantIds = List.copyOf(claimantIds);
		this.claimantTree = rolledUp ? this.claimantIds : List.of();
		this.excludedClaimant = excludedClaimant;
		this.allClaims = allClaims;
		this.scale = scale;
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
				claimantTree.stream().filter(id -> !id.equals(claimant.getId())).toList(), true, lineageRoot, namedByQ,
				claimant.getId(), allClaims, scale);
	}

	public long count() {
		return totals().claims();
	}

	/**
	 * One page of the claims in order. When many claims match, the page's ids are found first, over the claim table
	 * alone, so that the database walks the index of the order instead of sorting every claim joined to its records;
	 * only then are the cards read, for those ids. When few match, the list is read in one statement.
	 */
	public List<ClaimCard> page(int page, int size) {
		ClaimQuery.Plan plan = planFor(filter);
		ClaimQuery matching = query(filter, plan);
		int first = (Pagination.reachable(page, size) - 1) * size;
		if (plan == ClaimQuery.Plan.FEW && !matching.matchesEverything()) {
			return ClaimCards.load(entities, matching.select(entities, ClaimRow.SELECTION, "", order(), ClaimRow.class)
				.setFirstResult(first)
				.setMaxResults(size)
				.getResultList());
		}
		List<Long> ids = matching.selectOverClaims(entities, "c.id", "", order(), Long.class)
			.setFirstResult(first)
			.setMaxResults(size)
			.getResultList();
		return cards(ids);
	}

	private List<ClaimCard> cards(List<Long> ids) {
		return ClaimCards.load(entities, ids.isEmpty() ? List.of() : ClaimQuery.all().and("c.id in :ids", "ids", ids)
			.select(entities, ClaimRow.SELECTION, "", order(), ClaimRow.class)
			.getResultList());
	}

	/**
	 * Every matching claim in order, handed over a batch of cards at a time, for exports: one statement read as the
	 * database returns it rather than all at once, and each batch's stances and joint claimants read together, so
	 * memory holds one batch whatever the number of claims. Runs inside the caller's read-only transaction.
	 */
	public void forEachBatch(int batchSize, int timeoutMillis, Consumer<List<ClaimCard>> batch) {
		try (Stream<ClaimRow> rows = query(filter, planFor(filter)).select(entities, ClaimRow.SELECTION, "", order(), ClaimRow.class)
			.setHint("org.hibernate.fetchSize", batchSize)
			.setHint("jakarta.persistence.query.timeout", timeoutMillis)
			.setHint("org.hibernate.readOnly", true)
			.getResultStream()) {
			List<ClaimRow> pending = new ArrayList<>(batchSize);
			rows.forEach(row -> {
				pending.add(row);
				if (pending.size() == batchSize) {
					batch.accept(ClaimCards.load(entities, pending));
					pending.clear();
				}
			});
			if (!pending.isEmpty()) {
				batch.accept(ClaimCards.load(entities, pending));
			}
		}
	}

	/** How many different claimants made these claims (of the newest, when many match); joint claimants are not counted. */
	public long countClaimants() {
		return breakdown(filter).selectOverClaims(entities, "count(distinct c.claimant.id)", "", "", Long.class)
			.getSingleResult();
	}

	/**
	 * Whether some breakdown read so far (by proposition, outlet, claimant or subject) was counted over the newest
	 * {@link #sampleSize()} matching claims rather than over all of them.
	 */
	public boolean breakdownsSampled() {
		return sampled;
	}

	public int sampleSize() {
		return scale.sample();
	}

	/** Up to how many matches a filter is answered from the indexes of its conditions. */
	int fewAtMost() {
		return scale.fewAtMost();
	}

	/** Whether there are so few claims in all that every filter matches few. */
	boolean fewInAll() {
		return allClaims <= scale.fewAtMost();
	}

	/**
	 * How many claims match, and how many of them take a side on no proposition. A filter on one claimant, one
	 * subject or one proposition alone is counted from that index; any other in one statement over the claims.
	 */
	public Totals totals() {
		if (totals == null) {
			totals = indexes.totals(filter).orElseGet(() -> {
				Object[] row = query(filter, planFor(filter))
					.selectOverClaims(entities, "count(c), coalesce(sum(case when exists (select 1"
							+ " from Claim cs join cs.stances s where cs = c) then 0 else 1 end), 0)", "", "",
							Object[].class)
					.getSingleResult();
				return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
			});
		}
		return totals;
	}

	/** The number of matching claims, and of those among them that take a side on no proposition. */
	public record Totals(long claims, long withoutStance) {
	}

	/** Claims per proposition they take a side on, most first; a claim on two propositions counts for both. */
	public List<PropositionCount> countsByProposition() {
		return breakdown(filter)
			.selectOverClaims(entities, "new org.precursor.claim.PropositionCount(p2.slug, p2.text, count(c))",
					" join c.stances s2 join s2.proposition p2",
					" group by p2.slug, p2.text order by count(c) desc, p2.text", PropositionCount.class)
			.getResultList();
	}

	/** Claims per outlet, counting a republished article for its publisher and its original outlet alike. */
	public List<FacetValue> outletCounts() {
		return facet(filter.withOutlets(List.of()), UnaryOperator.identity(), "o2.slug", "o2.name",
				" join Outlet o2 on (o2 = o or o2 = oo)", "count(distinct c.id)", filter.outlets(), OUTLETS_SHOWN, true);
	}

	/** Claims per claimant, own claims only. */
	public List<FacetValue> claimantCounts() {
		return facet(filter.withClaimant(null, false), UnaryOperator.identity(), "cl.slug", "cl.name", "", "count(c)",
				optional(filter.claimant()), VALUES_SHOWN, true);
	}

	public List<FacetValue> aboutCounts() {
		return facet(filter.withAbout(null), UnaryOperator.identity(), "ab2.slug", "ab2.name", " join c.about ab2", "count(c)",
				optional(filter.about()), VALUES_SHOWN, false);
	}

	/** Claims per proposition, on the chosen side when a stance is chosen. */
	public List<FacetValue> propositionCounts() {
		UnaryOperator<ClaimQuery> onSide = onAny -> filter.stance() == null ? onAny
				: onAny.and("s2.stance = :facetStance", "facetStance", filter.stance());
		return facet(filter.withProposition(null).withStance(null), onSide, "p2.slug", "p2.text", " join c.stances s2 join s2.proposition p2", "count(distinct c.id)",
				optional(filter.proposition()), VALUES_SHOWN, false);
	}

	/** Claims per proposition and side: which side these claims give voice to. */
	public List<StanceCount> stanceCounts() {
		if (query(filter, ClaimQuery.Plan.FEW).matchesEverything()) {
			return indexes.everyStance();
		}
		if (indexes.onOnePropositionOnly(filter)) {
			return indexes.stancesOnProposition(filter);
		}
		return stancesOf(breakdown(filter));
	}

	private List<StanceCount> stancesOf(ClaimQuery claims) {
		return claims
			.selectOverClaims(entities, "new org.precursor.claim.StanceCount(p2.slug, p2.text, s2.stance, count(c))",
					" join c.stances s2 join s2.proposition p2", " group by p2.slug, p2.text, s2.stance",
					StanceCount.class)
			.getResultList();
	}

	/**
	 * Claims per month of their date, the newest {@code months} months, oldest first; claims without a date make
	 * one row of their own, with neither year nor month.
	 */
	public List<ActorSummary.MonthCount> countsByMonth(int months) {
		List<Object[]> rows = new ArrayList<>(query(filter, planFor(filter))
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

	/** Claims per proposition and side, leaving out the claims of stories marked off topic. */
	List<StanceCount> stanceCountsOnTopic() {
		return stancesOf(breakdown(filter).and(ClaimQuery.ON_TOPIC));
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

	private ClaimQuery query(ClaimFilter variant, ClaimQuery.Plan plan) {
		boolean byClaimant = variant.claimant() != null;
		ClaimQuery query = ClaimQuery.matching(variant, byClaimant ? claimantIds : List.of(),
				byClaimant ? lineageRoot : null, namedByQ, plan);
		if (excludedClaimant != null) {
			query.notMadeBy(excludedClaimant);
		}
		return query;
	}

	/**
	 * The claims a breakdown of this variant of the filter counts over: all matching ones when few match, else the
	 * newest {@link Scale#sample()} of them.
	 */
	private ClaimQuery breakdown(ClaimFilter variant) {
		ClaimQuery.Plan plan = planFor(variant);
		if (plan == ClaimQuery.Plan.FEW) {
			return query(variant, plan);
		}
		List<Long> sample = samples.computeIfAbsent(variant, key -> query(key, plan)
			.selectOverClaims(entities, "c.id", "", ClaimQuery.NEWEST_FIRST, Long.class)
			.setMaxResults(scale.sample())
			.getResultList());
		if (sample.size() >= scale.sample()) {
			sampled = true;
		}
		return sample.isEmpty() ? ClaimQuery.all().and("c.id is null") : ClaimQuery.all().and("c.id in :sample", "sample", sample);
	}

	/**
	 * FEW when the indexes of the variant's conditions show that few claims can match: the claimant's voices, the
	 * subject's mentions or the proposition's stances. A filter with none of these conditions can match many.
	 */
	private ClaimQuery.Plan planFor(ClaimFilter variant) {
		if (fewInAll()) {
			return ClaimQuery.Plan.FEW;
		}
		return plans.computeIfAbsent(variant, key -> indexes.matchAtMost(key) <= scale.fewAtMost() ? ClaimQuery.Plan.FEW
				: ClaimQuery.Plan.MANY);
	}

	private static List<String> optional(String slug) {
		return slug == null ? List.of() : List.of(slug);
	}

	private String order() {
		return switch (filter.sort()) {
			case NEWEST -> ClaimQuery.NEWEST_FIRST;
			case OLDEST -> ClaimQuery.OLDEST_FIRST;
			case ADDED -> ClaimQuery.ADDED_FIRST;
		};
	}

	/**
	 * The values of one facet with most claims first, at most {@code shown} of them, and the chosen ones however
	 * few claims they have, so that a facet never lists every actor of a large dataset.
	 */
	private List<FacetValue> facet(ClaimFilter variant, UnaryOperator<ClaimQuery> narrowed, String value, String label,
			String joins, String count, List<String> chosen, int shown, boolean readsRecords) {
		Supplier<ClaimQuery> query = () -> narrowed.apply(breakdown(variant));
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
