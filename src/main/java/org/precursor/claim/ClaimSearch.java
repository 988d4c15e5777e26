package org.precursor.claim;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.Affiliations;

/**
 * Finds claims for the public pages: by filter (the claims list, and every "claims by", "claims about" and
 * "claims on" section of other pages), in an article's reading order, or by id. Each result arrives as cards in a
 * fixed, small number of queries however many claims match.
 */
@Component
public class ClaimSearch {

	private final EntityManager entities;

	private final Affiliations affiliations;

	private final ActorRepository actors;

	ClaimSearch(EntityManager entities, Affiliations affiliations, ActorRepository actors) {
		this.entities = entities;
		this.affiliations = affiliations;
		this.actors = actors;
	}

	/** The claims matching a filter; the claimant is found, and a rolled-up one expanded to its affiliates, once. */
	public MatchingClaims matching(ClaimFilter filter) {
		if (filter.claimant() == null) {
			return new MatchingClaims(entities, filter, List.of(), false);
		}
		if (filter.rollup()) {
			return new MatchingClaims(entities, filter, List.copyOf(affiliations.treeOf(filter.claimant())), true);
		}
		return new MatchingClaims(entities, filter, actors.findBySlug(filter.claimant()).map(Actor::getId).stream()
			.toList(), false);
	}

	@Transactional(readOnly = true)
	public List<ClaimCard> inArticle(Long articleId) {
		return ClaimCards.load(entities, ClaimQuery.all()
			.and("a.id = :article", "article", articleId)
			.select(entities, ClaimRow.SELECTION, "", ClaimQuery.READING_ORDER, ClaimRow.class)
			.getResultList());
	}

	@Transactional(readOnly = true)
	public List<ClaimCard> byId(Long id) {
		return ClaimCards.load(entities, ClaimQuery.all()
			.and("c.id = :id", "id", id)
			.select(entities, ClaimRow.SELECTION, "", "", ClaimRow.class)
			.getResultList());
	}

}
