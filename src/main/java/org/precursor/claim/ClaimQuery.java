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

	/** The claims with the records a card shows: article, outlet, original outlet, claimant and its parent. */
	static final String FROM = " from Claim c join c.article a join a.outlet o left join a.originalOutlet oo"
			+ " join c.claimant cl left join cl.parent clp";

	/** The claims alone, for counts whose conditions are all on the claim's own columns. */
	static final String FROM_CLAIMS = " from Claim c";

	/** Newest first by the claim's effective date; the order of the index {@code ix_claim_newest}. */
	static final String NEWEST_FIRST = " order by c.effectiveOn desc nulls last, c.article.id, c.position, c.id";

	static final String OLDEST_FIRST = " order by c.effectiveOn asc nulls last, c.article.id, c.position, c.id";

	/** The claims most recently added first, as feeds follow them. */
	static final String ADDED_FIRST = " order by c.id desc";

	static final String READING_ORDER = " order by c.position, c.id";

	/**
	 * Claims of stories on the fentanyl topic. The few off-topic articles are looked up once, so the condition does not
	 * join every claim to its article.
	 */
	static final String ON_TOPIC = "c.article.id not in (select oa.id from Article oa where oa.offTopic = true)";

	private static final String LIKE = " like :q escape '" + LikePattern.ESCAPE + "'";

	/**
	 * How the conditions reach the claims. A filter that few claims match is answered from the indexes of its
	 * conditions: the database finds those claims, then sorts or counts them. When many match, that would read and
	 * sort a large share of all claims; instead each condition is checked claim by claim along the index of the
	 * order, so the newest matches come first and a page stops early.
	 */
	enum Plan {

		FEW, MANY;

		/** The condition {@code c.id in (select x.id from <from> where <where>)}, or its correlated form. */
		String semiJoin(String alias, String from, String where) {
			return this == FEW ? "c.id in (select " + alias + ".id from " + from + " where " + where + ")"
					: "exists (select 1 from " + from + " where " + alias + " = c and " + where + ")";
		}

	}

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/** Whether a condition reads the article, the outlets or the claimant, so every count must join them. */
	private boolean readsRecords;

	private ClaimQuery() {
	}

	static ClaimQuery all() {
		return new ClaimQuery();
	}

	/**
	 * @param claimantIds the claimant, and everyone affiliated to it when the filter rolls up; empty when no such
	 * claimant exists, so that the filter finds nothing
	 * @param lineageRoot when not null, the root of a rolled-up claimant's tree, read from the materialized
	 * affiliation tree instead of from {@code claimantIds}
	 * @param namedByQ the actors whose name or an alias contains the search words, found first so that each claim
	 * is tested against their ids; null to test each claim's claimant and subjects by name instead
	 */
	static ClaimQuery matching(ClaimFilter filter, List<Long> claimantIds, Long lineageRoot, List<Long> namedByQ,
			Plan plan) {
		ClaimQuery query = new ClaimQuery();
		if (!filter.outlets().isEmpty()) {
			String article = plan == Plan.FEW ? "c.article.id in (select oa.id" : "exists (select 1";
			query.and(article + " from Article oa join oa.outlet oao left join oa.originalOutlet oaoo where "
					+ (plan == Plan.FEW ? "" : "oa = c.article and ")
					+ "(oao.slug in :outlets or oaoo.slug in :outlets))", "outlets", filter.outlets());
		}
		if (filter.claimant() != null) {
			if (claimantIds.isEmpty()) {
				query.and("c.id is null");
			}
			else if (lineageRoot != null) {
				query.and(plan.semiJoin("vc", "Claim vc join vc.voices voice", "voice.id in (select l.actorId from"
						+ " ActorLineage l where l.ancestorId = :lineageRoot)"), "lineageRoot", lineageRoot);
			}
			else {
				query.and(plan.semiJoin("vc", "Claim vc join vc.voices voice", "voice.id in :claimants"), "claimants",
						claimantIds);
			}
		}
		if (filter.about() != null) {
			query.and(plan.semiJoin("ca", "Claim ca join ca.about ab", "ab.slug = :about"), "about", filter.about());
		}
		if (filter.proposition() != null || filter.stance() != null) {
			List<String> stance = new ArrayList<>();
			if (filter.proposition() != null) {
				stance.add("s.proposition.slug = :proposition");
				query.parameters.put("proposition", filter.proposition());
			}
			if (filter.stance() != null) {
				stance.add("s.stance = :stance");
				query.parameters.put("stance", filter.stance());
			}
			query.and(plan.semiJoin("cs", "Claim cs join cs.stances s", String.join(" and ", stance)));
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
		if (filter.q() != null && namedByQ != null) {
			query.and("(lower(c.text)" + LIKE + (namedByQ.isEmpty() ? ""
					: " or c.claimant.id in :namedByQ or exists (select 1 from Claim cq join cq.about aq where cq = c"
							+ " and aq.id in :namedByQ)") + ")", "q", LikePattern.containing(filter.q()));
			if (!namedByQ.isEmpty()) {
				query.parameters.put("namedByQ", namedByQ);
			}
		}
		else if (filter.q() != null) {
			query.andOverRecords("(lower(c.text)" + LIKE + " or lower(cl.name)" + LIKE
					+ " or exists (select 1 from Actor x join x.aliases xa where x = cl and lower(xa)" + LIKE + ")"
					+ " or exists (select 1 from Claim cq join cq.about aq left join aq.aliases aqa where cq = c"
					+ " and (lower(aq.name)" + LIKE + " or lower(aqa)" + LIKE + ")))", "q",
					LikePattern.containing(filter.q()));
		}
		return query;
	}

	/** Leaves out the claims an actor made, alone or jointly. */
	ClaimQuery notMadeBy(Long actorId) {
		return and("not exists (select 1 from Claim xc join xc.voices xv where xc = c and xv.id = :excluded)",
				"excluded", actorId);
	}

	ClaimQuery and(String condition) {
		conditions.add(condition);
		return this;
	}

	ClaimQuery and(String condition, String parameter, Object value) {
		parameters.put(parameter, value);
		return and(condition);
	}

	/** Whether no condition narrows the claims. */
	boolean matchesEverything() {
		return conditions.isEmpty();
	}

	/** A condition on the article, its outlets or the claimant (aliases a, o, oo, cl). */
	ClaimQuery andOverRecords(String condition, String parameter, Object value) {
		readsRecords = true;
		return and(condition, parameter, value);
	}

	/**
	 * A query selecting {@code selection} from the matching claims, with extra joins and an ending clause; the
	 * selection may read the records a card shows (aliases a, o, oo, cl, clp).
	 */
	<T> TypedQuery<T> select(EntityManager entities, String selection, String joins, String ending, Class<T> type) {
		return query(entities, FROM, selection, joins, ending, type);
	}

	/**
	 * The same, for a selection that reads only the claim (alias c) and the extra joins: the records are joined only
	 * when a condition needs them, so that counting many claims does not join five tables for each.
	 */
	<T> TypedQuery<T> selectOverClaims(EntityManager entities, String selection, String joins, String ending,
			Class<T> type) {
		return query(entities, readsRecords ? FROM : FROM_CLAIMS, selection, joins, ending, type);
	}

	private <T> TypedQuery<T> query(EntityManager entities, String from, String selection, String joins,
			String ending, Class<T> type) {
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		TypedQuery<T> query = entities.createQuery("select " + selection + from + joins + where + ending, type);
		parameters.forEach(query::setParameter);
		return query;
	}

}
