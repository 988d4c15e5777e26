package org.precursor.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.ActorType;
import org.precursor.article.Outlet;
import org.precursor.article.OutletRepository;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;
import org.precursor.proposition.PropositionRepository;
import org.precursor.web.NotFoundException;
import org.precursor.web.Pagination;

/** Assembles the claims list and the claim page, each in one read-only transaction. */
@Component
class ClaimPages {

	/** Related claims shown on each side of a proposition on a claim's page; the rest are one link away. */
	static final int RELATED_PER_SIDE = 5;

	private final ClaimSearch search;

	private final ClaimRepository claims;

	private final OutletRepository outlets;

	private final ActorRepository actors;

	private final PropositionRepository propositions;

	ClaimPages(ClaimSearch search, ClaimRepository claims, OutletRepository outlets, ActorRepository actors,
			PropositionRepository propositions) {
		this.search = search;
		this.claims = claims;
		this.outlets = outlets;
		this.actors = actors;
		this.propositions = propositions;
	}

	@Transactional(readOnly = true)
	ClaimListPage list(ClaimFilter requested, int pageSize) {
		MatchingClaims matching = search.matching(requested);
		long total = matching.count();
		ClaimFilter filter = requested.atPage(Math.min(requested.page(), Pagination.lastPage(pageSize, total)));
		Pagination pagination = Pagination.of(filter.page(), pageSize, total, number -> filter.atPage(number).url());
		Names names = names(filter);
		List<String> notes = new ArrayList<>(filter.ignored());
		List<ActiveFilter> active = describe(filter, names, notes);
		List<FacetValue> outletFacet = withChosen(matching.outletCounts(), filter.outlets(), names.outlets());
		List<FacetValue> claimantFacet = withChosen(matching.claimantCounts(), optional(filter.claimant()),
				names.actors());
		List<FacetValue> aboutFacet = withChosen(matching.aboutCounts(), optional(filter.about()), names.actors());
		List<FacetValue> propositionFacet = withChosen(matching.propositionCounts(), optional(filter.proposition()),
				names.propositions());
		return new ClaimListPage(filter, matching.page(filter.page(), pageSize), pagination, outletFacet,
				claimantFacet, aboutFacet, propositionFacet, active, notes,
				filter.claimant() == null ? null : names.actors().get(filter.claimant()),
				Math.max(0, matching.claimantTree().size() - 1),
				matching.breakdownsSampled() ? matching.sampleSize() : 0);
	}

	@Transactional(readOnly = true)
	ClaimPage show(Long id) {
		ClaimCard claim = search.byId(id).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("There is no claim number " + id + "."));
		List<ClaimPage.Debate> debates = claim.stances().stream()
			.map(position -> ClaimPage.Debate.of(position, others(position.proposition().slug(), position.stance(), id, 1),
					others(position.proposition().slug(), position.stance().opposite(), id, 0)))
			.toList();
		List<ActorRef> subjects = claims.findSubjectsOf(id);
		List<String> named = new ArrayList<>(List.of(claim.claimant().slug()));
		claim.jointClaimants().forEach(joint -> named.add(joint.slug()));
		subjects.forEach(subject -> named.add(subject.slug()));
		Map<String, ActorType> types = actors.findBySlugIn(named).stream()
			.collect(Collectors.toMap(Actor::getSlug, Actor::getType));
		return new ClaimPage(claim, subjects, debates, types);
	}

	/**
	 * The other claims on one side of a proposition: the first few, oldest first, and how many there are besides
	 * the claim shown, which is itself among them {@code itself} times.
	 */
	private ClaimPage.Debate.Side others(String proposition, Stance stance, Long except, int itself) {
		MatchingClaims onSide = search.matching(ClaimFilter.onProposition(proposition).withStance(stance)
			.sortedBy(ClaimFilter.Sort.OLDEST));
		List<ClaimCard> first = onSide.page(1, RELATED_PER_SIDE + 1).stream()
			.filter(card -> !card.id().equals(except))
			.limit(RELATED_PER_SIDE)
			.toList();
		return new ClaimPage.Debate.Side(first, (int) (onSide.count() - itself));
	}

	/** Reader-facing names of the outlets, actors and proposition a filter refers to by slug. */
	private record Names(Map<String, String> outlets, Map<String, String> actors, Map<String, String> propositions) {
	}

	private Names names(ClaimFilter filter) {
		Map<String, String> outletNames = filter.outlets().isEmpty() ? Map.of()
				: outlets.findBySlugIn(filter.outlets()).stream()
					.collect(Collectors.toMap(Outlet::getSlug, Outlet::getName));
		List<String> actorSlugs = new ArrayList<>(optional(filter.claimant()));
		actorSlugs.addAll(optional(filter.about()));
		Map<String, String> actorNames = actorSlugs.isEmpty() ? Map.of()
				: actors.findBySlugIn(actorSlugs).stream().collect(Collectors.toMap(Actor::getSlug, Actor::getName));
		Map<String, String> propositionText = filter.proposition() == null ? Map.of()
				: propositions.findBySlug(filter.proposition()).stream()
					.collect(Collectors.toMap(Proposition::getSlug, Proposition::getText));
		return new Names(outletNames, actorNames, propositionText);
	}

	/** The filters in force, named for readers; a slug that names nothing gets a note instead of a name. */
	private static List<ActiveFilter> describe(ClaimFilter filter, Names names, List<String> notes) {
		List<ActiveFilter> active = new ArrayList<>();
		for (String slug : filter.outlets()) {
			active.add(new ActiveFilter("Outlet: " + name(names.outlets(), slug, "outlet", notes),
					filter.withoutOutlet(slug).url()));
		}
		if (filter.claimant() != null) {
			String name = name(names.actors(), filter.claimant(), "actor", notes);
			active.add(new ActiveFilter("Claimant: " + name + (filter.rollup() ? " and its affiliates" : ""),
					filter.withClaimant(null, false).url()));
		}
		if (filter.about() != null) {
			active.add(new ActiveFilter("About: " + name(names.actors(), filter.about(), "actor", notes),
					filter.withAbout(null).url()));
		}
		if (filter.proposition() != null) {
			active.add(new ActiveFilter("Proposition: " + name(names.propositions(), filter.proposition(),
					"proposition", notes), filter.withProposition(null).url()));
		}
		if (filter.stance() != null) {
			active.add(new ActiveFilter("Stance: " + filter.stance().label(), filter.withStance(null).url()));
		}
		if (filter.kind() != null) {
			active.add(new ActiveFilter("Kind: " + filter.kind().label(), filter.withKind(null).url()));
		}
		if (filter.from() != null) {
			active.add(new ActiveFilter("From " + filter.from(), filter.withDates(null, filter.to()).url()));
		}
		if (filter.to() != null) {
			active.add(new ActiveFilter("Until " + filter.to(), filter.withDates(filter.from(), null).url()));
		}
		if (filter.q() != null) {
			active.add(new ActiveFilter("Text: “" + filter.q() + "”", filter.withQuery(null).url()));
		}
		return active;
	}

	/** Keeps a chosen value in its facet even when it matches nothing now, so the reader can still unchoose it. */
	private static List<FacetValue> withChosen(List<FacetValue> values, List<String> chosen,
			Map<String, String> names) {
		List<FacetValue> all = new ArrayList<>(values);
		for (String slug : chosen) {
			if (values.stream().noneMatch(value -> value.value().equals(slug))) {
				all.add(new FacetValue(slug, names.getOrDefault(slug, slug), 0, true));
			}
		}
		return all;
	}

	private static List<String> optional(String slug) {
		return slug == null ? List.of() : List.of(slug);
	}

	private static String name(Map<String, String> names, String slug, String what, List<String> notes) {
		String name = names.get(slug);
		if (name == null) {
			notes.add("There is no " + what + " with the address “" + slug + "”, so no claims match it.");
			return slug;
		}
		return name;
	}

}
