package org.precursor.claim;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorPageSection;
import org.precursor.proposition.Stance;

/** The actor page's claims: what it and its affiliates said, what was said about it, and who sides with it. */
@Component
class ActorClaimsSection implements ActorPageSection {

	/** Claims shown under each proposition on an actor's page; the rest are one link away. */
	static final int CLAIMS_PER_GROUP = 4;

	private final ClaimRepository claims;

	private final ClaimSearch search;

	ActorClaimsSection(ClaimRepository claims, ClaimSearch search) {
		this.claims = claims;
		this.search = search;
	}

	@Override
	public Map<String, Object> forActor(Actor actor, boolean hasMembers) {
		String slug = actor.getSlug();
		ClaimFilter madeFilter = ClaimFilter.byClaimant(slug, hasMembers);
		MatchingClaims made = search.matching(madeFilter);
		List<ClaimCard> madeCards = made.all();
		List<ClaimCard> own = madeCards.stream().filter(card -> card.isMadeBy(slug)).toList();
		List<ClaimCard> rolledUp = madeCards.stream().filter(card -> !card.isMadeBy(slug)).toList();
		ClaimFilter aboutFilter = ClaimFilter.none().withAbout(slug);
		List<ClaimCard> about = search.matching(aboutFilter).all();
		Map<String, Stance> positions = Alignment.positions(madeCards);
		List<Long> speakers = made.claimantTree().isEmpty() ? List.of(actor.getId()) : made.claimantTree();
		List<ClaimantStance> others = positions.isEmpty() ? List.of()
				: claims.findStancesOnExcept(positions.keySet(), speakers);
		ClaimFilter ownFilter = ClaimFilter.byClaimant(slug, false);
		return Map.of("claims", new ActorClaims(slug, ClaimGroup.byProposition(own, CLAIMS_PER_GROUP, ownFilter),
				own.size(), ClaimGroup.byProposition(rolledUp, CLAIMS_PER_GROUP, madeFilter), rolledUp.size(),
				(int) rolledUp.stream().map(card -> card.claimant().slug()).distinct().count(),
				ClaimGroup.byProposition(about, CLAIMS_PER_GROUP, aboutFilter), about.size(),
				Alignment.rank(positions, others, true), Alignment.rank(positions, others, false), made.outletCounts(),
				madeFilter));
	}

}
