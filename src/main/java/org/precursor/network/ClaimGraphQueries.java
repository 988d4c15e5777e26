package org.precursor.network;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.claim.ClaimSearch;
import org.precursor.network.ClaimGraphRows.About;
import org.precursor.network.ClaimGraphRows.Made;
import org.precursor.network.ClaimGraphRows.Mentioned;
import org.precursor.network.ClaimGraphRows.Proposition;
import org.precursor.network.ClaimGraphRows.Side;
import org.precursor.network.ClaimGraphRows.StanceAbout;
import org.precursor.network.ClaimGraphRows.Target;
import org.precursor.proposition.Stance;

/**
 * The aggregate queries behind the actor network. Each returns one row per actor, pair or side, never one per
 * claim, so the network costs the same few queries however many claims there are.
 */
@Component
class ClaimGraphQueries {

	/**
	 * Claims on the fentanyl topic, reported by the outlet (published or originally reported) and taking a side on the
	 * proposition.
	 */
	private static final String IN_SCOPE = """
			 where a.offTopic = false
			   and (:outletId is null or a.outlet.id = :outletId or a.originalOutlet.id = :outletId)
			   and (:propositionId is null or exists (
			       select 1 from Claim x join x.stances xs where x = c and xs.proposition.id = :propositionId))
			""";

	/** The same scope over the claims {@code n} the newest are chosen from. */
	private static final String NEWEST_IN_SCOPE = """
			 where n.article.id not in (select oa.id from Article oa where oa.offTopic = true)
			   and (:outletId is null or n.article.id in (select ob.id from Article ob
			       where ob.outlet.id = :outletId or ob.originalOutlet.id = :outletId))
			   and (:propositionId is null or exists (
			       select 1 from Claim y join y.stances ys where y = n and ys.proposition.id = :propositionId))
			""";

	private final EntityManager entities;

	private final ClaimSearch claims;

	private final int claimsRead;

	/**
	 * @param claimsRead in a dataset of more claims than this, the network is drawn from the newest this many claims
	 * in scope, so that every aggregate reads a bounded number of rows
	 */
	ClaimGraphQueries(EntityManager entities, ClaimSearch claims,
			@Value("${precursor.network.claims-read:20000}") int claimsRead) {
		this.entities = entities;
		this.claims = claims;
		this.claimsRead = claimsRead;
	}

	/** Whether networks are drawn from the newest {@link #claimsRead()} claims in scope, not from all of them. */
	boolean readsTheNewestOnly() {
		return claims.claimsInAll() > claimsRead;
	}

	int claimsRead() {
		return claimsRead;
	}

	/** The claims {@code c} in scope with their articles {@code a}: all of them, or the newest when there are many. */
	private String claimsInScope() {
		if (!readsTheNewestOnly()) {
			return "from Claim c join c.article a";
		}
		return "from (select n.id as id from Claim n" + NEWEST_IN_SCOPE
				+ " order by n.effectiveOn desc nulls last, n.article.id, n.position, n.id limit " + claimsRead
				+ ") newest join Claim c on c.id = newest.id join c.article a";
	}

	/** The actors that made most claims in scope, most first. */
	List<Long> mostClaiming(Long propositionId, Long outletId, int limit) {
		return scoped(Long.class, "select c.claimant.id " + claimsInScope() + IN_SCOPE
				+ " group by c.claimant.id order by count(c) desc, c.claimant.id", propositionId, outletId)
			.setMaxResults(limit)
			.getResultList();
	}

	/** The actors most claimed about by others in scope, most first. */
	List<Long> mostClaimedAbout(Long propositionId, Long outletId, int limit) {
		return scoped(Long.class, "select about.id " + claimsInScope() + " join c.about about" + IN_SCOPE
				+ " and about.id <> c.claimant.id group by about.id order by count(c) desc, about.id", propositionId,
				outletId)
			.setMaxResults(limit)
			.getResultList();
	}

	/** How many actors made or are the subject of claims in scope. */
	long actorsInScope(Long propositionId, Long outletId) {
		return scoped(Long.class, "select count(x) from Actor x where x.id in (select c.claimant.id " + claimsInScope() + IN_SCOPE
				+ ") or x.id in (select about.id " + claimsInScope() + " join c.about about" + IN_SCOPE
				+ " and about.id <> c.claimant.id)", propositionId, outletId).getSingleResult();
	}

	List<Made> claimsByClaimant(Long propositionId, Long outletId, Collection<Long> claimantIds) {
		Set<Long> among = Set.copyOf(claimantIds);
		return among(rows(bound(scoped("select c.claimant.id, count(c) " + claimsInScope() + IN_SCOPE
				+ only(" and c.claimant.id in :claimants") + " group by c.claimant.id", propositionId, outletId),
				"claimants", claimantIds), row -> new Made(number(row[0]), number(row[1]))),
				made -> among.contains(made.claimantId()));
	}

	/** Claims by these actors about these actors, other than the claimant. */
	List<About> claimsAbout(Long propositionId, Long outletId, Collection<Long> actorIds) {
		Set<Long> among = Set.copyOf(actorIds);
		return among(rows(bound(scoped("select c.claimant.id, about.id, count(c) " + claimsInScope()
				+ " join c.about about" + IN_SCOPE + " and about.id <> c.claimant.id"
				+ only(" and about.id in :actors and c.claimant.id in :actors") + " group by c.claimant.id, about.id",
				propositionId, outletId), "actors", actorIds),
				row -> new About(number(row[0]), number(row[1]), number(row[2]))),
				about -> among.contains(about.claimantId()) && among.contains(about.aboutId()));
	}

	/** Claims about each of these actors by anyone else. */
	List<Mentioned> claimsAboutEach(Long propositionId, Long outletId, Collection<Long> actorIds) {
		Set<Long> among = Set.copyOf(actorIds);
		return among(rows(bound(scoped("select about.id, count(c) " + claimsInScope() + " join c.about about" + IN_SCOPE
				+ " and about.id <> c.claimant.id" + only(" and about.id in :actors") + " group by about.id",
				propositionId, outletId), "actors", actorIds), row -> new Mentioned(number(row[0]), number(row[1]))),
				mentioned -> among.contains(mentioned.actorId()));
	}

	/** The sides claims about others take, for the propositions that have targets. */
	List<StanceAbout> stancesAbout(Long propositionId, Long outletId, Collection<Long> targetedPropositionIds,
			Collection<Long> actorIds) {
		if (targetedPropositionIds.isEmpty()) {
			return List.of();
		}
		Set<Long> among = Set.copyOf(actorIds);
		return among(rows(bound(scoped("select c.claimant.id, about.id, s.proposition.id, s.stance, count(c) " + claimsInScope()
				+ " join c.about about join c.stances s" + IN_SCOPE + """
				   and about.id <> c.claimant.id and s.proposition.id in :targeted
				   and (:propositionId is null or s.proposition.id = :propositionId)""" + only(
				" and about.id in :actors and c.claimant.id in :actors")
				+ " group by c.claimant.id, about.id, s.proposition.id, s.stance", propositionId, outletId)
			.setParameter("targeted", targetedPropositionIds), "actors", actorIds),
				row -> new StanceAbout(number(row[0]), number(row[1]), number(row[2]), (Stance) row[3], number(row[4]))),
				stance -> among.contains(stance.claimantId()) && among.contains(stance.aboutId()));
	}

	/** The sides each of these claimants took. */
	List<Side> sides(Long propositionId, Long outletId, Collection<Long> claimantIds) {
		Set<Long> among = Set.copyOf(claimantIds);
		return among(rows(bound(scoped("select s.proposition.id, c.claimant.id, s.stance " + claimsInScope()
				+ " join c.stances s" + IN_SCOPE + " and (:propositionId is null or s.proposition.id = :propositionId)"
				+ only(" and c.claimant.id in :claimants") + " group by s.proposition.id, c.claimant.id, s.stance",
				propositionId, outletId), "claimants", claimantIds),
				row -> new Side(number(row[0]), number(row[1]), (Stance) row[2])), side -> among.contains(side.claimantId()));
	}

	/**
	 * Claims by one actor about each other actor ({@code byIt}), or by each other actor about it, most first: one row
	 * per claimant and subject.
	 */
	List<About> claimsAboutAround(Long propositionId, Long outletId, long centreId, boolean byIt, int limit) {
		String centre = byIt ? "c.claimant.id = :centre and about.id <> :centre"
				: "about.id = :centre and c.claimant.id <> :centre";
		String other = byIt ? "about.id" : "c.claimant.id";
		boolean newest = readsTheNewestOnly();
		TypedQuery<Object[]> query = scoped("select c.claimant.id, about.id, count(c) " + claimsInScope()
				+ " join c.about about" + IN_SCOPE + (newest ? " and about.id <> c.claimant.id" : " and " + centre)
				+ " group by c.claimant.id, about.id order by count(c) desc, " + other, propositionId, outletId);
		if (!newest) {
			query.setParameter("centre", centreId).setMaxResults(limit);
		}
		return among(rows(query, row -> new About(number(row[0]), number(row[1]), number(row[2]))),
				about -> byIt ? about.claimantId() == centreId : about.aboutId() == centreId)
			.stream()
			.limit(limit)
			.toList();
	}

	/**
	 * The sides others than one actor took on these propositions, one row per claimant, proposition and side, those
	 * with most claims first.
	 */
	List<Side> sidesOthersTook(Long propositionId, Long outletId, Collection<Long> propositionIds, long exceptId,
			int limit) {
		boolean newest = readsTheNewestOnly();
		TypedQuery<Object[]> query = scoped("select s.proposition.id, c.claimant.id, s.stance " + claimsInScope()
				+ " join c.stances s" + IN_SCOPE + " and (:propositionId is null or s.proposition.id = :propositionId)"
				+ (newest ? "" : " and s.proposition.id in :propositions and c.claimant.id <> :centre")
				+ " group by s.proposition.id, c.claimant.id, s.stance order by count(c) desc, c.claimant.id",
				propositionId, outletId);
		if (!newest) {
			query.setParameter("propositions", propositionIds).setParameter("centre", exceptId).setMaxResults(limit);
		}
		Set<Long> on = Set.copyOf(propositionIds);
		return among(rows(query, row -> new Side(number(row[0]), number(row[1]), (Stance) row[2])),
				side -> on.contains(side.propositionId()) && side.claimantId() != exceptId)
			.stream()
			.limit(limit)
			.toList();
	}

	List<Actor> actors(Collection<Long> ids) {
		return entities.createQuery("select a from Actor a where a.id in :ids", Actor.class)
			.setParameter("ids", ids)
			.getResultList();
	}

	List<Proposition> propositions() {
		return rows(entities.createQuery("select p.id, p.slug, p.text from Proposition p", Object[].class),
				row -> new Proposition(number(row[0]), (String) row[1], (String) row[2]));
	}

	List<Target> targets() {
		return rows(entities.createQuery("select t.proposition.id, t.actor.id, t.supportingMeans from PropositionTarget t",
				Object[].class), row -> new Target(number(row[0]), number(row[1]), (Tone) row[2]));
	}

	/**
	 * A condition on a few ids, for the database to apply when it reads every claim in scope; when it reads the newest
	 * only, the rows are few and the ids are applied to them here instead ({@link #among}), so that the database
	 * starts from the newest claims rather than from the index of those ids.
	 */
	private String only(String condition) {
		return readsTheNewestOnly() ? "" : condition;
	}

	/** Sets the ids of an {@link #only} condition, when the query has it. */
	private <T> TypedQuery<T> bound(TypedQuery<T> query, String parameter, Collection<Long> ids) {
		return readsTheNewestOnly() ? query : query.setParameter(parameter, ids);
	}

	private static <T> List<T> among(List<T> rows, Predicate<T> kept) {
		return rows.stream().filter(kept).toList();
	}

	/** The one place where the queries' untyped rows become records. */
	private static <T> List<T> rows(TypedQuery<Object[]> query, Function<Object[], T> row) {
		return query.getResultStream().map(row).toList();
	}

	private static long number(Object column) {
		return ((Number) column).longValue();
	}

	private TypedQuery<Object[]> scoped(String jpql, Long propositionId, Long outletId) {
		return scoped(Object[].class, jpql, propositionId, outletId);
	}

	private <T> TypedQuery<T> scoped(Class<T> type, String jpql, Long propositionId, Long outletId) {
		return entities.createQuery(jpql, type)
			.setParameter("propositionId", propositionId)
			.setParameter("outletId", outletId);
	}

}
