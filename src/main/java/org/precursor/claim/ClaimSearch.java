package org.precursor.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.Affiliations;
import org.precursor.web.DataVersion;
import org.precursor.web.LikePattern;

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

	/** Actors named by search words at most that claims are tested against by id. */
	static final int NAMED_AT_MOST = 1_000;

	private final DataVersion dataVersion;

	private final MatchingClaims.Scale scale;

	/** The number of claims in all, with the data version it was counted at. */
	private volatile long[] allClaims = { -1, 0 };

	/**
	 * @param fewAtMost up to how many matching claims a filter is answered from the indexes of its conditions
	 * @param sample how many of the newest matching claims a larger set's breakdowns are counted over
	 */
	@Autowired
	ClaimSearch(EntityManager entities, Affiliations affiliations, ActorRepository actors, DataVersion dataVersion,
			@Value("${precursor.claims.few-at-most:20000}") int fewAtMost,
			@Value("${precursor.claims.sample:5000}") int sample) {
		this(entities, affiliations, actors, dataVersion, new MatchingClaims.Scale(fewAtMost, sample));
	}

	private ClaimSearch(EntityManager entities, Affiliations affiliations, ActorRepository actors,
			DataVersion dataVersion, MatchingClaims.Scale scale) {
		this.entities = entities;
		this.affiliations = affiliations;
		this.actors = actors;
		this.dataVersion = dataVersion;
		this.scale = scale;
	}

	/**
	 * The claims matching a filter. The claimant is found, and a rolled-up one expanded to its affiliates, once; so
	 * are the actors whose names contain the search words.
	 */
	public MatchingClaims matching(ClaimFilter filter) {
		long all = claimsInAll();
		List<Long> named = namedBy(filter.q());
		if (filter.claimant() == null) {
			return new MatchingClaims(entities, filter, List.of(), false, null, named, all, scale);
		}
		Optional<Long> claimant = actors.findBySlug(filter.claimant()).map(Actor::getId);
		if (filter.rollup() && claimant.isPresent()) {
			Set<Long> tree = affiliations.treeOf(claimant.get());
			Long lineageRoot = tree.size() > 1 && affiliations.lineageIsCurrent() ? claimant.get() : null;
			return new MatchingClaims(entities, filter, List.copyOf(tree), true, lineageRoot, named, all, scale);
		}
		return new MatchingClaims(entities, filter, claimant.stream().toList(), filter.rollup(), null, named, all,
				scale);
	}

	/**
	 * The ids of the actors whose name or an alias contains the words, so that the claims by or about them are found
	 * by id; null when no words are searched for, or when so many actors match that testing names is quicker.
	 */
	private List<Long> namedBy(String q) {
		if (q == null) {
			return null;
		}
		List<Long> ids = actors.findIdsByNameOrAliasLike(LikePattern.containing(q), PageRequest.of(0, NAMED_AT_MOST + 1));
		return ids.size() > NAMED_AT_MOST ? null : ids;
	}

	/** How many claims there are, counted once per version of the data. */
	public long claimsInAll() {
		long version = dataVersion.current();
		long[] counted = allClaims;
		if (counted[0] != version) {
			counted = new long[] { version,
					entities.createQuery("select count(c) from Claim c", Long.class).getSingleResult() };
			allClaims = counted;
		}
		return counted[1];
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
