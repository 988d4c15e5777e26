package org.precursor.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.precursor.web.LikePattern;

/**
 * The JPQL for "claims matching a filter", built once so that the list, its count and every facet count use the
 * very same conditions. A facet count and the list it links to can therefore never disagree.
 */
final class ClaimQuery {

	static final String FROM = " from Claim c join c.article a join a.outlet o left join a.originalOutlet oo"
			+ " join c.claimant cl left join cl.parent clp";

	/** Newest first by the claim's effective date; the order of the index {@code ix_claim_newest}. */
	static final String NEWEST_FIRST = " order by c.effectiveOn desc nulls last, c.article.id, c.position, c.id";

	static final String OLDEST_FIRST = " order by c.effectiveOn asc nulls last, c.article.id, c.position, c.id";

	static final String READING_ORDER = " order by c.position, c.id";

	private static final String LIKE = " like :q escape '" + LikePattern.ESCAPE + "'";

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private ClaimQuery() {
	}

	static ClaimQuery all() {
		return new ClaimQuery();
	}

	/**
	 * @param claimantTree the claimant and everyone affiliated to it, when the filter rolls up; empty otherwise or
	 * when no such claimant exists, in which case the claimant's slug is matched and finds nothing
	 */
	static ClaimQuery matching(ClaimFilter filter, List<Long> claimantTree) {
		ClaimQuery query = new ClaimQuery();
		if (!filter.outlets().isEmpty()) {
			query.and("(o.slug in :outlets or oo.slug in :outlets)", "outlets", filter.outlets());
		}
		if (filter.claimant() != null) {
			if (filter.rollup() && !claimantTree.isEmpty()) {
				query.and("(cl.id in :claimantTree or exists (select 1 from Claim jc join jc.jointClaimants j"
						+ " where jc = c and j.id in :claimantTree))", "claimantTree", claimantTree);
			}
			else {
				query.and("(cl.slug = :claimant or exists (select 1 from Claim jc join jc.jointClaimants j"
						+ " where jc = c and j.slug = :claimant))", "claimant", filter.claimant());
			}
		}
		if (filter.about() != null) {
			query.and("exists (select 1 from Claim ca join ca.about ab where ca = c and ab.slug = :about)", "about",
					filter.about());
		}
		if (filter.proposition() != null || filter.stance() != null) {
			StringBuilder stance = new StringBuilder("exists (select 1 from Claim cs join cs.stances s where cs = c");
			if (filter.proposition() != null) {
				stance.append(" and s.proposition.slug = :proposition");
				query.parameters.put("proposition", filter.proposition());
			}
			if (filter.stance() != null) {
				stance.append(" and s.stance = :stance");
				query.parameters.put("stance", filter.stance());
			}
			query.and(stance.append(")").toString());
		}
		if (filter.kind() != null) {
			query.and("c.kind = :kind", "kind", filter.kind());
		}
		if (filter.from() != null) {
			query.and("c.effectiveOn >= :from", "from", filter.from());
		}
		if (filter.to() != null) {
			query.and("c.effectiveOn <= :to", "to", filter.to());
		}
		if (filter.q() != null) {
			query.and("(lower(c.text)" + LIKE + " or lower(cl.name)" + LIKE
					+ " or exists (select 1 from Actor x join x.aliases xa where x = cl and lower(xa)" + LIKE + ")"
					+ " or exists (select 1 from Claim cq join cq.about aq left join aq.aliases aqa where cq = c"
					+ " and (lower(aq.name)" + LIKE + " or lower(aqa)" + LIKE + ")))", "q",
					LikePattern.containing(filter.q()));
		}
		return query;
	}

	ClaimQuery and(String condition) {
		conditions.add(condition);
		return this;
	}

	ClaimQuery and(String condition, String parameter, Object value) {
		parameters.put(parameter, value);
		return and(condition);
	}

	/** A query selecting {@code selection} from the matching claims, with extra joins and an ending clause. */
	<T> TypedQuery<T> select(EntityManager entities, String selection, String joins, String ending, Class<T> type) {
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		TypedQuery<T> query = entities.createQuery("select " + selection + FROM + joins + where + ending, type);
		parameters.forEach(query::setParameter);
		return query;
	}

}
