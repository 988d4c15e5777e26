package org.precursor.claim;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	ClaimSearch(EntityManager entities, Affiliations affiliations) {
		this.entities = entities;
		this.affiliations = affiliations;
	}

	/** The claims matching a filter; a rolled-up claimant is expanded to its affiliates here, once. */
	public MatchingClaims matching(ClaimFilter filter) {
		List<Long> tree = filter.rollup() ? List.copyOf(affiliations.treeOf(filter.claimant())) : List.of();
		return new MatchingClaims(entities, filter, tree);
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
