package org.precursor.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.precursor.proposition.Stance;

/**
 * The counts one index answers without reading the claims: how many claims an actor voiced (from
 * {@code claim_voice}, through {@code actor_lineage} for a rolled-up tree), are about an actor ({@code claim_about})
 * or take a side on a proposition ({@code claim_stance}). {@link MatchingClaims} asks them first, to know whether a
 * filter matches few claims, and for the totals of a filter on one of these alone.
 */
final class IndexedClaimCounts {

	private final EntityManager entities;

	private final List<Long> claimantIds;

	private final Long lineageRoot;

	private final Long excludedClaimant;

	IndexedClaimCounts(EntityManager entities, List<Long> claimantIds, Long lineageRoot, Long excludedClaimant) {
		this.entities = entities;
		this.claimantIds = claimantIds;
		this.lineageRoot = lineageRoot;
		this.excludedClaimant = excludedClaimant;
	}

	/**
	 * At most how many claims a filter can match, by the narrowest index among its claimant, subject and proposition;
	 * {@link Long#MAX_VALUE} for a filter with none of them.
	 */
	long matchAtMost(ClaimFilter filter) {
		List<Long> bounds = new ArrayList<>();
		if (filter.claimant() != null && lineageRoot != null) {
			bounds.add(count("select count(*) from actor_lineage l join claim_voice v on v.actor_id = l.actor_id"
					+ " where l.ancestor_id = :root", Map.of("root", lineageRoot)));
		}
		else if (filter.claimant() != null) {
			bounds.add(claimantIds.isEmpty() ? 0
					: count("select count(*) from claim_voice v where v.actor_id in :ids", Map.of("ids", claimantIds)));
		}
		if (filter.about() != null) {
			bounds.add(count("select count(*) from claim_about ca join actor x on x.id = ca.actor_id where x.slug = :slug",
					Map.of("slug", filter.about())));
		}
		if (filter.proposition() != null) {
			bounds.add(count("select count(*) from claim_stance s join proposition p on p.id = s.proposition_id"
					+ " where p.slug = :slug", Map.of("slug", filter.proposition())));
		}
		return bounds.stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
	}

	/**
	 * The totals of a filter on nothing, or on one claimant (or tree, with or without the root's own claims), one
	 * subject or one proposition alone, from that index; empty for any other filter.
	 */
	Optional<MatchingClaims.Totals> totals(ClaimFilter filter) {
		if (!filter.outlets().isEmpty() || filter.kind() != null || filter.from() != null || filter.to() != null
				|| filter.q() != null) {
			return Optional.empty();
		}
		boolean claimant = filter.claimant() != null;
		boolean about = filter.about() != null;
		boolean proposition = filter.proposition() != null || filter.stance() != null;
		boolean claimantOnly = claimant && !about && !proposition;
		if (excludedClaimant != null) {
			return claimantOnly && lineageRoot != null
					? Optional.of(totalsOf("select distinct v.claim_id from actor_lineage l join claim_voice v on"
							+ " v.actor_id = l.actor_id where l.ancestor_id = :root and not exists (select 1 from"
							+ " claim_voice x where x.claim_id = v.claim_id and x.actor_id = :excluded)",
							Map.of("root", lineageRoot, "excluded", excludedClaimant)))
					: Optional.empty();
		}
		if (!claimant && !about && !proposition) {
			return Optional.of(totalsOf("select c.id as claim_id from claim c", Map.of()));
		}
		if (onOnePropositionOnly(filter)) {
			long claims = count("select count(distinct s.claim_id) from claim_stance s join proposition p"
					+ " on p.id = s.proposition_id where p.slug = :slug" + onStance(filter), onProposition(filter));
			return Optional.of(new MatchingClaims.Totals(claims, 0));
		}
		if (about && !claimant && !proposition) {
			return Optional.of(totalsOf("select ca.claim_id from claim_about ca join actor x on x.id = ca.actor_id"
					+ " where x.slug = :slug", Map.of("slug", filter.about())));
		}
		if (claimantOnly && lineageRoot != null) {
			return Optional.of(totalsOf("select distinct v.claim_id from actor_lineage l join claim_voice v"
					+ " on v.actor_id = l.actor_id where l.ancestor_id = :root", Map.of("root", lineageRoot)));
		}
		if (claimantOnly && claimantIds.size() == 1) {
			return Optional.of(totalsOf("select v.claim_id from claim_voice v where v.actor_id = :actor",
					Map.of("actor", claimantIds.get(0))));
		}
		return Optional.empty();
	}

	/** Whether the filter asks only for the claims on one proposition, perhaps on one side, which its index counts. */
	boolean onOnePropositionOnly(ClaimFilter filter) {
		return filter.proposition() != null && excludedClaimant == null && filter.outlets().isEmpty()
				&& filter.claimant() == null && filter.about() == null && filter.kind() == null && filter.from() == null
				&& filter.to() == null && filter.q() == null;
	}

	/** The sides of the claims on one proposition, counted exactly from the index of the stances. */
	List<StanceCount> stancesOnProposition(ClaimFilter filter) {
		return stanceCounts("select p.slug, p.text, s.stance, count(*) from claim_stance s"
				+ " join proposition p on p.id = s.proposition_id where p.slug = :slug" + onStance(filter)
				+ " group by p.slug, p.text, s.stance", onProposition(filter));
	}

	/** The stances of all claims, counted from their own table: every stance belongs to a claim. */
	List<StanceCount> everyStance() {
		return stanceCounts("select p.slug, p.text, s.stance, count(*) from claim_stance s"
				+ " join proposition p on p.id = s.proposition_id group by p.slug, p.text, s.stance", Map.of());
	}

	private List<StanceCount> stanceCounts(String sql, Map<String, Object> parameters) {
		Query query = entities.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		List<?> rows = query.getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(row -> new StanceCount((String) row[0], (String) row[1], Stance.valueOf((String) row[2]),
					((Number) row[3]).longValue()))
			.toList();
	}

	/** The totals of the claims whose ids a query gives, each once, in one statement. */
	private MatchingClaims.Totals totalsOf(String claimIds, Map<String, Object> parameters) {
		Query query = entities.createNativeQuery("select count(*), coalesce(sum(case when exists (select 1 from"
				+ " claim_stance s where s.claim_id = m.claim_id) then 0 else 1 end), 0) from (" + claimIds + ") m");
		parameters.forEach(query::setParameter);
		Object[] row = (Object[]) query.getSingleResult();
		return new MatchingClaims.Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
	}

	/** The condition on the side, for native queries over {@code claim_stance s}; empty when any side will do. */
	private static String onStance(ClaimFilter filter) {
		return filter.stance() == null ? "" : " and s.stance = :stance";
	}

	private static Map<String, Object> onProposition(ClaimFilter filter) {
		return filter.stance() == null ? Map.of("slug", filter.proposition())
				: Map.of("slug", filter.proposition(), "stance", filter.stance().name());
	}

	private long count(String sql, Map<String, Object> parameters) {
		Query query = entities.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		return ((Number) query.getSingleResult()).longValue();
	}

}
