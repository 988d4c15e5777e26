package org.precursor.network;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
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

	private final EntityManager entities;

	ClaimGraphQueries(EntityManager entities) {
		this.entities = entities;
	}

	/** The actors that made most claims in scope, most first. */
	List<Long> mostClaiming(Long propositionId, Long outletId, int limit) {
		return scoped(Long.class, "select c.claimant.id from Claim c join c.article a" + IN_SCOPE
				+ " group by c.claimant.id order by count(c) desc, c.claimant.id", propositionId, outletId)
			.setMaxResults(limit)
			.getResultList();
	}

	/** The actors most claimed about by others in scope, most first. */
	List<Long> mostClaimedAbout(Long propositionId, Long outletId, int limit) {
		return scoped(Long.class, "select about.id from Claim c join c.article a join c.about about" + IN_SCOPE
				+ " and about.id <> c.claimant.id group by about.id order by count(c) desc, about.id", propositionId,
				outletId)
			.setMaxResults(limit)
			.getResultList();
	}

	/** How many actors made or are the subject of claims in scope. */
	long actorsInScope(Long propositionId, Long outletId) {
		return scoped(Long.class, "select count(x) from Actor x where exists (select 1 from Claim c join c.article a"
				+ IN_SCOPE + " and c.claimant = x) or exists (select 1 from Claim c join c.article a join c.about about"
				+ IN_SCOPE + " and about = x and about.id <> c.claimant.id)", propositionId, outletId).getSingleResult();
	}

	List<Made> claimsByClaimant(Long propositionId, Long outletId, Collection<Long> claimantIds) {
		return rows(scoped("select c.claimant.id, count(c) from Claim c join c.article a" + IN_SCOPE
				+ " and c.claimant.id in :claimants group by c.claimant.id", propositionId, outletId)
			.setParameter("claimants", claimantIds), row -> new Made(number(row[0]), number(row[1])));
	}

	/** Claims by these actors about these actors, other than the claimant. */
	List<About> claimsAbout(Long propositionId, Long outletId, Collection<Long> actorIds) {
		return rows(scoped("select c.claimant.id, about.id, count(c) from Claim c join c.article a join c.about about"
				+ IN_SCOPE + " and about.id <> c.claimant.id and about.id in :actors and c.claimant.id in :actors"
				+ " group by c.claimant.id, about.id", propositionId, outletId).setParameter("actors", actorIds),
				row -> new About(number(row[0]), number(row[1]), number(row[2])));
	}

	/** Claims about each of these actors by anyone else. */
	List<Mentioned> claimsAboutEach(Long propositionId, Long outletId, Collection<Long> actorIds) {
		return rows(scoped("select about.id, count(c) from Claim c join c.article a join c.about about" + IN_SCOPE
				+ " and about.id <> c.claimant.id and about.id in :actors group by about.id", propositionId, outletId)
			.setParameter("actors", actorIds), row -> new Mentioned(number(row[0]), number(row[1])));
	}

	/** The sides claims about others take, for the propositions that have targets. */
	List<StanceAbout> stancesAbout(Long propositionId, Long outletId, Collection<Long> targetedPropositionIds,
			Collection<Long> actorIds) {
		if (targetedPropositionIds.isEmpty()) {
			return List.of();
		}
		return rows(scoped("""
				select c.claimant.id, about.id, s.proposition.id, s.stance, count(c)
				from Claim c join c.article a join c.about about join c.stances s""" + IN_SCOPE + """
				   and about.id <> c.claimant.id and s.proposition.id in :targeted
				   and about.id in :actors and c.claimant.id in :actors
				   and (:propositionId is null or s.proposition.id = :propositionId)
				group by c.claimant.id, about.id, s.proposition.id, s.stance""", propositionId, outletId)
			.setParameter("targeted", targetedPropositionIds)
			.setParameter("actors", actorIds),
				row -> new StanceAbout(number(row[0]), number(row[1]), number(row[2]), (Stance) row[3], number(row[4])));
	}

	/** The sides each of these claimants took. */
	List<Side> sides(Long propositionId, Long outletId, Collection<Long> claimantIds) {
		return rows(scoped("select s.proposition.id, c.claimant.id, s.stance from Claim c join c.article a"
				+ " join c.stances s" + IN_SCOPE + """
				   and (:propositionId is null or s.proposition.id = :propositionId) and c.claimant.id in :claimants
				group by s.proposition.id, c.claimant.id, s.stance""", propositionId, outletId)
			.setParameter("claimants", claimantIds),
				row -> new Side(number(row[0]), number(row[1]), (Stance) row[2]));
	}

	/**
	 * Claims by one actor about each other actor ({@code byIt}), or by each other actor about it, most first: one row
	 * per claimant and subject.
	 */
	List<About> claimsAboutAround(Long propositionId, Long outletId, long centreId, boolean byIt, int limit) {
		String centre = byIt ? "c.claimant.id = :centre and about.id <> :centre"
				: "about.id = :centre and c.claimant.id <> :centre";
		String other = byIt ? "about.id" : "c.claimant.id";
		return rows(scoped("select c.claimant.id, about.id, count(c) from Claim c join c.article a join c.about about"
				+ IN_SCOPE + " and " + centre + " group by c.claimant.id, about.id order by count(c) desc, " + other,
				propositionId, outletId)
			.setParameter("centre", centreId)
			.setMaxResults(limit), row -> new About(number(row[0]), number(row[1]), number(row[2])));
	}

	/**
	 * The sides others than one actor took on these propositions, one row per claimant, proposition and side, those
	 * with most claims first.
	 */
	List<Side> sidesOthersTook(Long propositionId, Long outletId, Collection<Long> propositionIds, long exceptId,
			int limit) {
		return rows(scoped("select s.proposition.id, c.claimant.id, s.stance from Claim c join c.article a"
				+ " join c.stances s" + IN_SCOPE + """
				   and (:propositionId is null or s.proposition.id = :propositionId)
				   and s.proposition.id in :propositions and c.claimant.id <> :centre
				group by s.proposition.id, c.claimant.id, s.stance order by count(c) desc, c.claimant.id""",
				propositionId, outletId)
			.setParameter("propositions", propositionIds)
			.setParameter("centre", exceptId)
			.setMaxResults(limit), row -> new Side(number(row[0]), number(row[1]), (Stance) row[2]));
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
