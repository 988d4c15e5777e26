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

	/** Months the timeline at the top of the page reads, the newest. */
	static final int TIMELINE_MONTHS = 240;

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
		// the sides counted for the summary also count each section's claims per proposition
		List<StanceCount> madeStances = made.stanceCounts();
		List<PropositionCount> ownCounts = hasMembers ? own.countsByProposition()
				: PropositionCount.ofSides(madeStances, List.of());
		Section ownSection = Section.of(own, ownFilter, false, ownCounts);
		Section rolledUp = hasMembers ? affiliatesSection(actor, made, own, madeFilter, madeStances, ownCounts)
				: Section.EMPTY;
		MatchingClaims aboutIt = search.matching(aboutFilter);
		List<StanceCount> aboutStances = aboutIt.stanceCounts();
		Section about = Section.of(aboutIt, aboutFilter, false, PropositionCount.ofSides(aboutStances, List.of()));

		Map<String, Stance> positions = Alignment.positionsFrom(madeStances);
		List<Long> speakers = made.claimantTree().isEmpty() ? List.of(actor.getId()) : made.claimantTree();
		List<Long> among = positions.isEmpty() ? List.of()
				: claims.findNewestTakingSideOn(positions.keySet(), made.sampleSize(), made.fewAtMost(), made.fewInAll());
		List<ClaimantStance> others = claims.findStancesAmongExcept(among, positions.keySet(), speakers);
		List<FacetValue> outlets = made.outletCounts();
		boolean othersSampled = among.size() >= made.sampleSize();
		List<ActorSummary.MonthCount> months = made.countsByMonth(TIMELINE_MONTHS);
		long undated = months.stream().filter(month -> month.year() == 0).mapToLong(ActorSummary.MonthCount::claims).sum();
		ActorSummary summary = ActorSummary.of(madeStances, aboutStances,
				months.stream().filter(month -> month.year() != 0).toList(), undated, madeFilter);
		// one count of affiliates, at any depth, the same the claims list rolls up
		int affiliates = Math.max(0, made.claimantTree().size() - 1);
		return Map.of("affiliatesTotal", affiliates, "summary", summary, "claims", new ActorClaims(slug,
				ownSection.groups(), ownSection.count(), rolledUp.groups(),
				rolledUp.count(), rolledUp.claimants(), about.groups(), about.count(),
				Alignment.rank(positions, others, true), Alignment.rank(positions, others, false),
				outlets.subList(0, Math.min(OUTLETS_SHOWN, outlets.size())), madeFilter,
				new ActorClaims.Sampled(ownSection.sampled(), rolledUp.sampled(), about.sampled(),
						made.breakdownsSampled() || othersSampled, made.sampleSize())));
	}

	/**
	 * The claims of the actor's affiliates. Their counts per proposition are those of the actor and its affiliates
	 * less its own, unless either was counted over its newest claims only: then they are counted themselves.
	 */
	private static Section affiliatesSection(Actor actor, MatchingClaims made, MatchingClaims own, ClaimFilter filter,
			List<StanceCount> madeStances, List<PropositionCount> ownCounts) {
		MatchingClaims affiliates = made.leavingOut(actor);
		List<PropositionCount> perProposition = made.breakdownsSampled() || own.breakdownsSampled()
				? affiliates.countsByProposition() : PropositionCount.ofSides(madeStances, ownCounts);
		return Section.of(affiliates, filter, true, perProposition);
	}

	/**
	 * One section of claims as the page shows it: the count, the groups, how many claimants they are from, and
	 * whether the groups were counted over its newest claims only.
	 */
	private record Section(int count, List<ClaimGroup> groups, int claimants, boolean sampled) {

		static final Section EMPTY = new Section(0, List.of(), 0, false);

		static Section of(MatchingClaims claims, ClaimFilter filter, boolean countsClaimants,
				List<PropositionCount> perProposition) {
			MatchingClaims.Totals totals = claims.totals();
			List<ClaimCard> newest = claims.page(1, NEWEST_READ);
			List<ClaimGroup> groups = ClaimGroup.summarised(newest, perProposition,
					totals.withoutStance(), CLAIMS_PER_GROUP, GROUPS_SHOWN, filter);
			int claimants = countsClaimants ? (int) claims.countClaimants() : 0;
			return new Section((int) totals.claims(), groups, claimants, claims.breakdownsSampled());
		}

	}

}
