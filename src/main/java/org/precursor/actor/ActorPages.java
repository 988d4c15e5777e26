package org.precursor.actor;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimCount;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimGroup;
import org.precursor.claim.ClaimRepository;
import org.precursor.claim.ClaimSearch;
import org.precursor.claim.ClaimantStance;
import org.precursor.claim.MatchingClaims;
import org.precursor.proposition.Stance;
import org.precursor.web.LikePattern;
import org.precursor.web.NotFoundException;

/** Assembles the directory of actors and each actor's page, each in one read-only transaction. */
@Component
class ActorPages {

	/** Claims shown under each proposition on an actor's page; the rest are one link away. */
	static final int CLAIMS_PER_GROUP = 4;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	private final ClaimSearch search;

	ActorPages(ActorRepository actors, ClaimRepository claims, ClaimSearch search) {
		this.actors = actors;
		this.claims = claims;
		this.search = search;
	}

	@Transactional(readOnly = true)
	ActorDirectory directory(String query) {
		Map<Long, Long> made = ClaimCount.asMap(claims.countMadePerClaimant());
		Map<Long, Long> about = ClaimCount.asMap(claims.countAboutPerActor());
		List<ActorListing> listings = actors.findListings().stream()
			.map(listing -> listing.withCounts(made.getOrDefault(listing.id(), 0L),
					about.getOrDefault(listing.id(), 0L)))
			.toList();
		if (query == null || query.isBlank()) {
			return ActorDirectory.of(listings, null);
		}
		List<String> matching = actors.findNamesAndAliasesLike(LikePattern.containing(query)).stream()
			.map(row -> (String) row[0])
			.toList();
		return ActorDirectory.of(listings.stream().filter(listing -> matching.contains(listing.slug())).toList(),
				query.strip());
	}

	@Transactional(readOnly = true)
	ActorPage page(String slug) {
		Actor actor = actors.findBySlug(slug).orElseThrow(() -> NotFoundException.of("actor", slug));
		List<Affiliation> chain = actors.findAffiliationChain(actor.getId()).stream().map(Affiliation::of).toList();
		List<Affiliation> members = actors.findByParentOrderByNameAsc(actor).stream().map(Affiliation::of).toList();
		ClaimFilter madeFilter = ClaimFilter.byClaimant(slug, !members.isEmpty());
		MatchingClaims made = search.matching(madeFilter);
		List<ClaimCard> madeCards = made.all();
		List<ClaimCard> own = madeCards.stream().filter(card -> card.claimant().slug().equals(slug)).toList();
		List<ClaimCard> rolledUp = madeCards.stream().filter(card -> !card.claimant().slug().equals(slug)).toList();
		List<ClaimCard> about = search.matching(ClaimFilter.none().withAbout(slug)).all();
		Map<String, Stance> positions = Alignment.positions(madeCards);
		List<Long> speakers = made.claimantTree().isEmpty() ? List.of(actor.getId()) : made.claimantTree();
		List<ClaimantStance> others = positions.isEmpty() ? List.of()
				: claims.findStancesOnExcept(positions.keySet(), speakers);
		ClaimFilter ownFilter = ClaimFilter.byClaimant(slug, false);
		return new ActorPage(ActorProfile.of(actor), chain, members,
				ClaimGroup.byProposition(own, CLAIMS_PER_GROUP, ownFilter), own.size(),
				ClaimGroup.byProposition(rolledUp, CLAIMS_PER_GROUP, madeFilter), rolledUp.size(),
				(int) rolledUp.stream().map(card -> card.claimant().slug()).distinct().count(),
				ClaimGroup.byProposition(about, CLAIMS_PER_GROUP, ClaimFilter.none().withAbout(slug)), about.size(),
				Alignment.rank(positions, others, true), Alignment.rank(positions, others, false), made.outletCounts(),
				madeFilter);
	}

}
