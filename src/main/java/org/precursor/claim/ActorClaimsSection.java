package org.precursor.claim;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorPageSection;
import org.precursor.proposition.Stance;

/**
 * The actor page's claims: what it and its affiliates said, what was said about it, and who sides with it. However
 * many claims an actor has, the page reads a bounded number: counts and groups come from the database, and the
 * claims shown from each section's newest.
 */
@Component
class ActorClaimsSection implements ActorPageSection {

	/** Claims shown under each proposition on an actor's page; the rest are one link away. */
	static final int CLAIMS_PER_GROUP = 4;

	/** Propositions shown in each section, those with most claims first; the rest are one link away. */
	static final int GROUPS_SHOWN = 20;

	/** The newest claims of each section that the groups are filled from. */
	static final int NEWEST_READ = 200;

	/** Outlets listed as having quoted the actor, those that quoted it most first. */
	static final int OUTLETS_SHOWN = 12;

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
		ClaimFilter ownFilter = ClaimFilter.byClaimant(slug, false);
		ClaimFilter aboutFilter = ClaimFilter.none().withAbout(slug);
		MatchingClaims made = search.matching(madeFilter);
		MatchingClaims own = hasMembers ? search.matching(ownFilter) : made;
		Section ownSection = Section.of(own, ownFilter, false);
		Section rolledUp = hasMembers ? Section.of(made.leavingOut(actor), madeFilter, true) : Section.EMPTY;
		Section about = Section.of(search.matching(aboutFilter), aboutFilter, false);

		Map<String, Stance> positions = Alignment.positionsFrom(made.stanceCounts());
		List<Long> speakers = made.claimantTree().isEmpty() ? List.of(actor.getId()) : made.claimantTree();
		List<Long> among = positions.isEmpty() ? List.of()
				: claims.findNewestTakingSideOn(positions.keySet(), made.sampleSize(), made.fewAtMost(), made.fewInAll());
		List<ClaimantStance> others = claims.findStancesAmongExcept(among, positions.keySet(), speakers);
		List<FacetValue> outlets = made.outletCounts();
		boolean othersSampled = among.size() >= made.sampleSize();
		return Map.of("claims", new ActorClaims(slug, ownSection.groups(), ownSection.count(), rolledUp.groups(),
				rolledUp.count(), rolledUp.claimants(), about.groups(), about.count(),
				Alignment.rank(positions, others, true), Alignment.rank(positions, others, false),
				outlets.subList(0, Math.min(OUTLETS_SHOWN, outlets.size())), madeFilter,
				new ActorClaims.Sampled(ownSection.sampled(), rolledUp.sampled(), about.sampled(),
						made.breakdownsSampled() || othersSampled, made.sampleSize())));
	}

	/**
	 * One section of claims as the page shows it: the count, the groups, how many claimants they are from, and
	 * whether the groups were counted over its newest claims only.
	 */
	private record Section(int count, List<ClaimGroup> groups, int claimants, boolean sampled) {

		static final Section EMPTY = new Section(0, List.of(), 0, false);

		static Section of(MatchingClaims claims, ClaimFilter filter, boolean countsClaimants) {
			MatchingClaims.Totals totals = claims.totals();
			List<ClaimCard> newest = claims.page(1, NEWEST_READ);
			List<ClaimGroup> groups = ClaimGroup.summarised(newest, claims.countsByProposition(),
					totals.withoutStance(), CLAIMS_PER_GROUP, GROUPS_SHOWN, filter);
			int claimants = countsClaimants ? (int) claims.countClaimants() : 0;
			return new Section((int) totals.claims(), groups, claimants, claims.breakdownsSampled());
		}

	}

}
