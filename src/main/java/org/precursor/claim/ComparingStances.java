package org.precursor.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.Affiliations;
import org.precursor.proposition.PropositionRef;
import org.precursor.proposition.PropositionRepository;
import org.precursor.proposition.Stance;

/** Assembles the compare matrix: the sides chosen actors take on every proposition, in one read-only transaction. */
@Component
class ComparingStances {

	/** Actors offered for adding to the comparison: those that made most claims, by name. */
	static final int ADDABLE_SHOWN = 300;

	/** Propositions compared at most: all of a small dataset, those most spoken to of a large one. */
	static final int COLUMNS_SHOWN = 30;

	private final PropositionRepository propositions;

	private final ActorRepository actors;

	private final Affiliations affiliations;

	private final ClaimRepository claims;

	ComparingStances(PropositionRepository propositions, ActorRepository actors, Affiliations affiliations,
			ClaimRepository claims) {
		this.propositions = propositions;
		this.actors = actors;
		this.affiliations = affiliations;
		this.claims = claims;
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
		// A claim counts once for an actor, however many of its makers (claimant, joint claimants) the actor rolls up.
		Map<Long, Map<String, List<Set<Long>>>> claimsBySide = new HashMap<>();
		List<ClaimStanceBy> stances = rootsByMember.isEmpty() ? List.of()
				: claims.findStancesMadeBy(rootsByMember.keySet());
		for (ClaimStanceBy stance : stances) {
			for (Long root : rootsByMember.get(stance.actorId())) {
				claimsBySide.computeIfAbsent(root, id -> new HashMap<>())
					.computeIfAbsent(stance.propositionSlug(), key -> List.of(new HashSet<>(), new HashSet<>()))
					.get(stance.stance() == Stance.SUPPORTS ? 0 : 1)
					.add(stance.claimId());
			}
		}
		Map<Long, Map<String, long[]>> counts = new HashMap<>();
		claimsBySide.forEach((root, byProposition) -> byProposition.forEach((proposition, sides) -> counts
			.computeIfAbsent(root, id -> new HashMap<>())
			.put(proposition, new long[] { sides.get(0).size(), sides.get(1).size() })));
		List<PropositionRef> columns = columns(propositions.findAllRefs(), counts);
		List<String> chosenSlugs = chosen.stream().map(Actor::getSlug).toList();
		List<StanceMatrix.Row> rows = chosen.stream()
			.map(actor -> new StanceMatrix.Row(new ActorRef(actor.getSlug(), actor.getName()),
					columns.stream().map(column -> cell(actor, column, counts, rollup)).toList(),
					StanceMatrix.url(chosenSlugs.stream().filter(slug -> !slug.equals(actor.getSlug())).toList(),
							rollup)))
			.toList();
		Set<String> shown = Set.copyOf(chosenSlugs);
		List<ActorRef> addable = addable().stream().filter(actor -> !shown.contains(actor.slug())).toList();
		return new StanceMatrix(columns, rows, rollup, addable, notes);
	}

	/** Every actor, by name, while there are at most {@link #ADDABLE_SHOWN}; beyond that, those that made most claims. */
	private List<ActorRef> addable() {
		if (actors.count() <= ADDABLE_SHOWN) {
			return actors.findAllNames();
		}
		return actors.findAllById(claims.findMostClaiming(PageRequest.of(0, ADDABLE_SHOWN))).stream()
			.map(actor -> new ActorRef(actor.getSlug(), actor.getName()))
			.sorted(Comparator.comparing(ActorRef::name))
			.toList();
	}

	/**
	 * Every proposition while there are at most {@link #COLUMNS_SHOWN}; beyond that, those on which the chosen actors
	 * made most claims, in their usual order.
	 */
	private static List<PropositionRef> columns(List<PropositionRef> all, Map<Long, Map<String, long[]>> counts) {
		if (all.size() <= COLUMNS_SHOWN) {
			return all;
		}
		Map<String, Long> claimsOn = new HashMap<>();
		counts.values().forEach(byProposition -> byProposition.forEach((slug, sides) -> claimsOn.merge(slug,
				sides[0] + sides[1], Long::sum)));
		Set<String> kept = claimsOn.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(COLUMNS_SHOWN)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		return all.stream().filter(column -> kept.contains(column.slug())).toList();
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
		affiliations.treesOf(chosen.stream().map(Actor::getId).toList()).forEach((root, members) -> members
			.forEach(member -> rootsByMember.computeIfAbsent(member, id -> new ArrayList<>()).add(root)));
		return rootsByMember;
	}

	private static StanceMatrix.Cell cell(Actor actor, PropositionRef column, Map<Long, Map<String, long[]>> counts,
			boolean rollup) {
		long[] sides = counts.getOrDefault(actor.getId(), Map.of()).getOrDefault(column.slug(), new long[2]);
		String evidence = ClaimFilter.byClaimant(actor.getSlug(), rollup).withProposition(column.slug()).url();
		return new StanceMatrix.Cell(column, sides[0], sides[1], evidence);
	}

}
