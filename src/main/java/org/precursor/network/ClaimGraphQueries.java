package org.precursor.network;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;

/**
 * The aggregate queries behind the actor network. Each returns one row per actor, pair or side, never one per
 * claim, so the network costs the same few queries however many claims there are.
 */
@Component
class ClaimGraphQueries {

	/** Claims reported by the outlet (published or originally reported) and taking a side on the proposition. */
	private static final String IN_SCOPE = """
			 where (:outletId is null or a.outlet.id = :outletId or a.originalOutlet.id = :outletId)
			   and (:propositionId is null or exists (
			       select 1 from Claim x join x.stances xs where x = c and xs.proposition.id = :propositionId))
			""";

	private final EntityManager entities;

	ClaimGraphQueries(EntityManager entities) {
		this.entities = entities;
	}

	/** (claimant id, number of claims). */
	List<Object[]> claimsByClaimant(Long propositionId, Long outletId) {
		return scoped("select c.claimant.id, count(c) from Claim c join c.article a" + IN_SCOPE
				+ " group by c.claimant.id", propositionId, outletId).getResultList();
	}

	/** (claimant id, about id, number of claims) for claims about someone other than the claimant. */
	List<Object[]> claimsAbout(Long propositionId, Long outletId) {
		return scoped("select c.claimant.id, about.id, count(c) from Claim c join c.article a join c.about about"
				+ IN_SCOPE + " and about.id <> c.claimant.id group by c.claimant.id, about.id", propositionId,
				outletId)
			.getResultList();
	}

	/** (claimant id, about id, proposition id, stance, number of claims), for the propositions that have targets. */
	List<Object[]> stancesAbout(Long propositionId, Long outletId, Collection<Long> targetedPropositionIds) {
		if (targetedPropositionIds.isEmpty()) {
			return List.of();
		}
		return scoped("""
				select c.claimant.id, about.id, s.proposition.id, s.stance, count(c)
				from Claim c join c.article a join c.about about join c.stances s""" + IN_SCOPE + """
				   and about.id <> c.claimant.id and s.proposition.id in :targeted
				   and (:propositionId is null or s.proposition.id = :propositionId)
				group by c.claimant.id, about.id, s.proposition.id, s.stance""", propositionId, outletId)
			.setParameter("targeted", targetedPropositionIds)
			.getResultList();
	}

	/** (proposition id, claimant id, stance): the sides each claimant took. */
	List<Object[]> sides(Long propositionId, Long outletId) {
		return scoped("select s.proposition.id, c.claimant.id, s.stance from Claim c join c.article a"
				+ " join c.stances s" + IN_SCOPE + """
				   and (:propositionId is null or s.proposition.id = :propositionId)
				group by s.proposition.id, c.claimant.id, s.stance""", propositionId, outletId)
			.getResultList();
	}

	/** (actor id, parent id) for every affiliated actor. */
	List<Object[]> parents() {
		return entities.createQuery("select a.id, a.parent.id from Actor a where a.parent is not null", Object[].class)
			.getResultList();
	}

	List<Actor> actors(Collection<Long> ids) {
		return entities.createQuery("select a from Actor a where a.id in :ids", Actor.class)
			.setParameter("ids", ids)
			.getResultList();
	}

	/** (id, slug, text) of every proposition. */
	List<Object[]> propositions() {
		return entities.createQuery("select p.id, p.slug, p.text from Proposition p", Object[].class).getResultList();
	}

	private TypedQuery<Object[]> scoped(String jpql, Long propositionId, Long outletId) {
		return entities.createQuery(jpql, Object[].class)
			.setParameter("propositionId", propositionId)
			.setParameter("outletId", outletId);
	}

}
