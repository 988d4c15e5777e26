package org.precursor.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.actor.ActorRef;
import org.precursor.article.PublicationDate;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionPageSection;
import org.precursor.proposition.PropositionRef;
import org.precursor.proposition.PropositionStances;
import org.precursor.proposition.PropositionTally;
import org.precursor.proposition.Stance;

/**
 * The claims' side of propositions: the tallies, and the supporting and disputing claims on a proposition's page.
 */
@Component
class PropositionClaims implements PropositionStances, PropositionPageSection {

	/** Claims shown in each side's column, oldest first; the rest are in the claims list. */
	static final int SHOWN_PER_SIDE = 25;

	/** The earliest claims on each side that the timeline is drawn from. */
	static final int EARLIEST_READ = 200;

	private final ClaimRepository claims;

	private final ClaimSearch search;

	PropositionClaims(ClaimRepository claims, ClaimSearch search) {
		this.claims = claims;
		this.search = search;
	}

	@Override
	public List<PropositionTally> tallies() {
		return search.matching(ClaimFilter.none()).propositionTallies();
	}

	@Override
	public PropositionTally tallyOf(Proposition proposition) {
		PropositionRef ref = new PropositionRef(proposition.getSlug(), proposition.getText());
		return search.matching(ClaimFilter.onProposition(proposition.getSlug())).propositionTallies().stream()
			.filter(tally -> tally.proposition().slug().equals(proposition.getSlug()))
			.findFirst()
			.orElse(new PropositionTally(ref, 0, 0));
	}

	@Override
	public List<String> describeClaimsOn(Proposition proposition) {
		return claims.findTakingStanceOn(proposition).stream()
			.map(claim -> claim.getClaimant().getName() + ": " + claim.getText())
			.toList();
	}

	@Override
	public Map<String, Object> forProposition(Proposition proposition) {
		String slug = proposition.getSlug();
		ClaimFilter onIt = ClaimFilter.onProposition(slug).sortedBy(ClaimFilter.Sort.OLDEST);
		MatchingClaims supportingClaims = search.matching(onIt.withStance(Stance.SUPPORTS));
		MatchingClaims disputingClaims = search.matching(onIt.withStance(Stance.DISPUTES));
		Side supporting = Side.of(supportingClaims);
		Side disputing = Side.of(disputingClaims);
		List<ClaimCard> earliest = new ArrayList<>(supporting.earliest());
		earliest.addAll(disputing.earliest());
		earliest.sort(Comparator.comparing(card -> card.date().date(), Comparator.nullsLast(Comparator.naturalOrder())));
		OutletCoverage coverage = OutletCoverage.of(supporting.total() == 0 ? List.of() : supportingClaims.outletCounts(),
				disputing.total() == 0 ? List.of() : disputingClaims.outletCounts(), ClaimFilter.onProposition(slug));
		return Map.of("coverage", coverage, "sides", new PropositionSides(supporting.shown(), supporting.total(), disputing.shown(),
				disputing.total(), timeline(earliest, slug), supporting.isComplete() && disputing.isComplete(),
				EARLIEST_READ));
	}

	/** One side's claims: the earliest read from the database, those shown of them, and how many there are. */
	private record Side(List<ClaimCard> earliest, List<ClaimCard> shown, long total) {

		static Side of(MatchingClaims claims) {
			long total = claims.count();
			List<ClaimCard> earliest = total == 0 ? List.of() : claims.page(1, EARLIEST_READ);
			return new Side(earliest, earliest.subList(0, Math.min(SHOWN_PER_SIDE, earliest.size())), total);
		}

		boolean isComplete() {
			return earliest.size() == total;
		}

	}

	private static List<ClaimCard> on(List<ClaimCard> cards, String slug, Stance stance) {
		return cards.stream().filter(card -> card.stanceOn(slug).filter(stance::equals).isPresent()).toList();
	}

	/** Who took which side when, oldest first; claims dated alike (to the same day or inferred month) share an entry. */
	private static List<PropositionSides.TimelineEntry> timeline(List<ClaimCard> cards, String slug) {
		Map<String, List<ClaimCard>> byDate = new LinkedHashMap<>();
		cards.forEach(card -> byDate.computeIfAbsent(card.date().label(), label -> new ArrayList<>()).add(card));
		List<PropositionSides.TimelineEntry> entries = new ArrayList<>();
		byDate.forEach((label, dated) -> {
			PublicationDate date = dated.get(0).date();
			entries.add(new PropositionSides.TimelineEntry(date, voices(on(dated, slug, Stance.SUPPORTS)),
					voices(on(dated, slug, Stance.DISPUTES))));
		});
		return entries;
	}

	private static List<PropositionSides.Voice> voices(List<ClaimCard> cards) {
		Map<ActorRef, Long> counts = new LinkedHashMap<>();
		cards.forEach(card -> counts.merge(card.claimant(), 1L, Long::sum));
		return counts.entrySet().stream().map(entry -> new PropositionSides.Voice(entry.getKey(), entry.getValue()))
			.toList();
	}

}
