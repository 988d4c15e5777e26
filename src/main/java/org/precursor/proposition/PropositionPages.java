package org.precursor.proposition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorRepository;
import org.precursor.article.PublicationDate;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimRepository;
import org.precursor.claim.ClaimSearch;
import org.precursor.claim.ClaimantStance;
import org.precursor.claim.PropositionTally;
import org.precursor.web.NotFoundException;

/** Assembles the propositions list, each proposition's page and the compare matrix. */
@Component
class PropositionPages {

	private final PropositionRepository propositions;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	private final ClaimSearch search;

	PropositionPages(PropositionRepository propositions, ActorRepository actors, ClaimRepository claims,
			ClaimSearch search) {
		this.propositions = propositions;
		this.actors = actors;
		this.claims = claims;
		this.search = search;
	}

	@Transactional(readOnly = true)
	List<PropositionListing> list() {
		Map<String, PropositionTally> tallies = search.matching(ClaimFilter.none()).propositionTallies().stream()
			.collect(Collectors.toMap(tally -> tally.proposition().slug(), Function.identity()));
		return propositions.findAllByOrderByTextAsc().stream()
			.map(proposition -> listing(proposition, tallies.get(proposition.getSlug())))
			.sorted((a, b) -> Long.compare(b.total(), a.total()))
			.toList();
	}

	@Transactional(readOnly = true)
	PropositionPage page(String slug) {
		Proposition proposition = propositions.findBySlug(slug)
			.orElseThrow(() -> NotFoundException.of("proposition", slug));
		List<ClaimCard> cards = search.matching(ClaimFilter.onProposition(slug).sortedBy(ClaimFilter.Sort.OLDEST))
			.all();
		List<ClaimCard> supporting = on(cards, slug, Stance.SUPPORTS);
		List<ClaimCard> disputing = on(cards, slug, Stance.DISPUTES);
		PropositionTally tally = new PropositionTally(new PropositionRef(slug, proposition.getText()),
				supporting.size(), disputing.size());
		return new PropositionPage(listing(proposition, tally), supporting, disputing, timeline(cards, slug));
	}

	@Transactional(readOnly = true)
	StanceMatrix compare(List<String> requested, boolean rollup) {
		List<String> slugs = requested.stream().map(String::strip).filter(slug -> !slug.isEmpty()).distinct().toList();
		if (slugs.isEmpty()) {
			slugs = StanceMatrix.DEFAULT_ACTORS;
		}
		Map<String, Actor> found = actors.findBySlugIn(slugs).stream()
			.collect(Collectors.toMap(Actor::getSlug, Function.identity()));
		List<String> notes = slugs.stream().filter(slug -> !found.containsKey(slug))
			.map(slug -> "There is no actor with the address “" + slug + "”, so it is left out.")
			.toList();
		List<Actor> chosen = slugs.stream().filter(found::containsKey).map(found::get).toList();
		Map<Long, List<Long>> rootsByMember = membership(chosen, rollup);
		Map<Long, Map<String, long[]>> counts = new HashMap<>();
		List<ClaimantStance> stances = rootsByMember.isEmpty() ? List.of() : claims.findStancesOf(rootsByMember.keySet());
		for (ClaimantStance stance : stances) {
			for (Long root : rootsByMember.get(stance.claimantId())) {
				long[] sides = counts.computeIfAbsent(root, id -> new HashMap<>())
					.computeIfAbsent(stance.propositionSlug(), key -> new long[2]);
				sides[stance.stance() == Stance.SUPPORTS ? 0 : 1] += stance.claims();
			}
		}
		List<PropositionRef> columns = propositions.findAllRefs();
		List<String> chosenSlugs = chosen.stream().map(Actor::getSlug).toList();
		List<StanceMatrix.Row> rows = chosen.stream()
			.map(actor -> new StanceMatrix.Row(new ActorRef(actor.getSlug(), actor.getName()),
					columns.stream().map(column -> cell(actor, column, counts, rollup)).toList(),
					StanceMatrix.url(chosenSlugs.stream().filter(slug -> !slug.equals(actor.getSlug())).toList(),
							rollup)))
			.toList();
		Set<String> shown = Set.copyOf(chosenSlugs);
		List<ActorRef> addable = actors.findAllNames().stream().filter(actor -> !shown.contains(actor.slug())).toList();
		return new StanceMatrix(columns, rows, rollup, addable, notes);
	}

	/** For each claimant whose claims count, the chosen actors they count for (themselves, or whom they serve). */
	private Map<Long, List<Long>> membership(List<Actor> chosen, boolean rollup) {
		Map<Long, List<Long>> rootsByMember = new HashMap<>();
		if (chosen.isEmpty()) {
			return rootsByMember;
		}
		if (!rollup) {
			chosen.forEach(actor -> rootsByMember.put(actor.getId(), List.of(actor.getId())));
			return rootsByMember;
		}
		for (Object[] row : actors.findAffiliationTreesOf(chosen.stream().map(Actor::getSlug).toList())) {
			Long root = ((Number) row[0]).longValue();
			Long member = ((Number) row[1]).longValue();
			rootsByMember.computeIfAbsent(member, id -> new ArrayList<>()).add(root);
		}
		return rootsByMember;
	}

	private static StanceMatrix.Cell cell(Actor actor, PropositionRef column, Map<Long, Map<String, long[]>> counts,
			boolean rollup) {
		long[] sides = counts.getOrDefault(actor.getId(), Map.of()).getOrDefault(column.slug(), new long[2]);
		String evidence = ClaimFilter.byClaimant(actor.getSlug(), rollup).withProposition(column.slug()).url();
		return new StanceMatrix.Cell(column, sides[0], sides[1], evidence);
	}

	private static PropositionListing listing(Proposition proposition, PropositionTally tally) {
		return new PropositionListing(new PropositionRef(proposition.getSlug(), proposition.getText()),
				proposition.getDescription(), tally == null ? 0 : tally.supports(), tally == null ? 0 : tally.disputes());
	}

	private static List<ClaimCard> on(List<ClaimCard> cards, String slug, Stance stance) {
		return cards.stream().filter(card -> card.stanceOn(slug).filter(stance::equals).isPresent()).toList();
	}

	/** Who took which side when, oldest first; claims dated alike (to the same day or inferred month) share an entry. */
	private static List<PropositionPage.TimelineEntry> timeline(List<ClaimCard> cards, String slug) {
		Map<String, List<ClaimCard>> byDate = new LinkedHashMap<>();
		cards.forEach(card -> byDate.computeIfAbsent(card.date().label(), label -> new ArrayList<>()).add(card));
		List<PropositionPage.TimelineEntry> entries = new ArrayList<>();
		byDate.forEach((label, dated) -> {
			PublicationDate date = dated.get(0).date();
			entries.add(new PropositionPage.TimelineEntry(date, voices(on(dated, slug, Stance.SUPPORTS)),
					voices(on(dated, slug, Stance.DISPUTES))));
		});
		return entries;
	}

	private static List<PropositionPage.Voice> voices(List<ClaimCard> cards) {
		Map<ActorRef, Long> counts = new LinkedHashMap<>();
		cards.forEach(card -> counts.merge(card.claimant(), 1L, Long::sum));
		return counts.entrySet().stream().map(entry -> new PropositionPage.Voice(entry.getKey(), entry.getValue()))
			.toList();
	}

}
