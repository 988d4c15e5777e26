package org.precursor.supplychain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.Affiliations;
import org.precursor.article.Outlet;
import org.precursor.article.OutletRepository;
import org.precursor.web.NotFoundException;
import org.precursor.web.Pagination;

/**
 * Reads the supply chain the way pages show it. Every read is bounded: a page of links, an actor's first
 * {@value #ACTOR_LINK_LIMIT} links, a comparison's first {@value #COMPARISON_LIMIT} links a side, so the map stays
 * fast however many links the database holds.
 */
@Component
@Transactional(readOnly = true)
public class SupplyChainLinks {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 200;

	public static final int ACTOR_LINK_LIMIT = 100;

	public static final int COMPARISON_LIMIT = 50;

	private static final Comparator<LinkView> CHAIN_ORDER = Comparator.comparing(LinkView::stage)
		.thenComparing(link -> link.from().name())
		.thenComparing(link -> link.to().name())
		.thenComparingLong(LinkView::id);

	private final SupplyChainLinkRepository links;

	private final ActorRepository actors;

	private final Affiliations affiliations;

	private final OutletRepository outlets;

	SupplyChainLinks(SupplyChainLinkRepository links, ActorRepository actors, Affiliations affiliations,
			OutletRepository outlets) {
		this.links = links;
		this.actors = actors;
		this.affiliations = affiliations;
		this.outlets = outlets;
	}

	/** One page of the links matching a filter, in chain order; {@code page} counts from 1. */
	public ChainPage page(ChainFilter filter, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		EvidenceScope scope = scopeOf(filter);
		Page<Long> ids = links.findIdsMatching(filter.moves(), filter.stage(), scope,
				PageRequest.of(Pagination.reachable(page, pageSize) - 1, pageSize));
		if (ids.getNumber() >= ids.getTotalPages() && ids.getTotalPages() > 0) {
			ids = links.findIdsMatching(filter.moves(), filter.stage(), scope,
					PageRequest.of(ids.getTotalPages() - 1, pageSize));
		}
		return new ChainPage(filter, scope, views(ids.getContent()), ids.getNumber() + 1, pageSize,
				ids.getTotalElements(), ids.getTotalPages());
	}

	public LinkView link(long id) {
		if (!links.existsById(id)) {
			throw new NotFoundException("There is no supply-chain link number " + id + ".");
		}
		return views(List.of(id)).get(0);
	}

	/** The links in which an actor is a node, with their evidence: the actor page's "place in the supply chain". */
	public ActorLinks forActor(Actor actor) {
		Page<Long> ids = links.findIdsTouching(actor, PageRequest.of(0, ACTOR_LINK_LIMIT));
		return new ActorLinks(ActorRef.of(actor), views(ids.getContent()), ids.getTotalElements());
	}

	public Comparison compare(Perspective left, Perspective right) {
		Page<Long> leftIds = idsSpokenToBy(left);
		Page<Long> rightIds = idsSpokenToBy(right);
		Set<Long> union = new LinkedHashSet<>(leftIds.getContent());
		union.addAll(rightIds.getContent());
		List<Comparison.Row> rows = views(List.copyOf(union)).stream()
			.sorted(CHAIN_ORDER)
			.map(link -> new Comparison.Row(link, link.positionOf(left.scope()), link.positionOf(right.scope()),
					link.claimsWithin(left.scope()), link.claimsWithin(right.scope())))
			.toList();
		return new Comparison(left, right, rows, leftIds.getTotalElements(), rightIds.getTotalElements());
	}

	/** Reads a perspective token such as {@code actor:dea} or {@code outlet:reuters}. */
	public Perspective perspective(String token) {
		if (token != null && token.startsWith(Perspective.OUTLET)) {
			Outlet outlet = outlet(token.substring(Perspective.OUTLET.length()));
			return new Perspective(token, outlet.getName(), new EvidenceScope(null, outlet.getId()));
		}
		if (token != null && token.startsWith(Perspective.ACTOR)) {
			return perspective(actor(token.substring(Perspective.ACTOR.length())));
		}
		throw new NotFoundException("“" + token + "” is not a perspective; use actor:slug or outlet:slug.");
	}

	/**
	 * The default comparison: the source that asserts most links against the one that disputes most, each counted
	 * with everyone affiliated to it (so "China" includes its ministries and spokespeople).
	 */
	public List<Perspective> defaultPerspectives() {
		List<EvidenceCount> cited = links.countEvidenceByClaimantAndRole();
		Map<Long, Long> tops = affiliations.topOf(cited.stream().map(EvidenceCount::claimantId).distinct().toList());
		Map<Long, Long> asserting = new HashMap<>();
		Map<Long, Long> disputing = new HashMap<>();
		for (EvidenceCount count : cited) {
			Map<Long, Long> counts = count.role() == EvidenceRole.ASSERTS ? asserting : disputing;
			counts.merge(tops.get(count.claimantId()), count.citations(), Long::sum);
		}
		Long right = mostFrequent(disputing, null);
		Long left = mostFrequent(asserting, right);
		if (left == null || right == null) {
			return List.of();
		}
		Map<Long, Actor> roots = actors.findAllById(List.of(left, right)).stream()
			.collect(Collectors.toMap(Actor::getId, Function.identity()));
		return List.of(perspective(roots.get(left)), perspective(roots.get(right)));
	}

	/** Everyone whose claims are evidence, and the bodies they belong to, so a reader can pick "China" as a whole. */
	public FilterOptions options() {
		List<Long> claimants = links.countEvidenceByClaimantAndRole().stream()
			.map(EvidenceCount::claimantId)
			.distinct()
			.toList();
		Set<Long> ids = new HashSet<>(claimants);
		affiliations.ancestorsOf(claimants).values().forEach(ids::addAll);
		List<ActorRef> claimantOptions = actors.findAllById(ids).stream()
			.map(ActorRef::of)
			.sorted(Comparator.comparing(ActorRef::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<FilterOptions.Option> outletOptions = outlets.findAllByOrderByNameAsc().stream()
			.map(outlet -> new FilterOptions.Option(outlet.getSlug(), outlet.getName()))
			.toList();
		return new FilterOptions(claimantOptions, outletOptions);
	}

	EvidenceScope scopeOf(ChainFilter filter) {
		Set<Long> claimantIds = filter.claimant() == null ? null : affiliationTree(actor(filter.claimant()));
		Long outletId = filter.outlet() == null ? null : outlet(filter.outlet()).getId();
		return new EvidenceScope(claimantIds, outletId);
	}

	private Page<Long> idsSpokenToBy(Perspective perspective) {
		return links.findIdsMatching(null, null, perspective.scope(), PageRequest.of(0, COMPARISON_LIMIT));
	}

	/** Views of the given links in the order given: two queries whatever the number of links. */
	private List<LinkView> views(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, SupplyChainLink> byId = links.findWithEndsAndChannelsByIdIn(ids).stream()
			.collect(Collectors.toMap(SupplyChainLink::getId, Function.identity()));
		Map<Long, List<EvidenceClaim>> evidence = links.findEvidence(ids).stream()
			.collect(Collectors.groupingBy(EvidenceClaim::linkId));
		List<LinkView> views = new ArrayList<>(ids.size());
		for (Long id : ids) {
			SupplyChainLink link = byId.get(id);
			List<EvidenceClaim> cited = evidence.getOrDefault(id, List.of());
			views.add(new LinkView(id, ActorRef.of(link.getOrigin()), ActorRef.of(link.getDestination()),
					link.getMoves(), link.getStage(), link.getChannels(), link.getPeriod(), link.getDescription(),
					cited.stream().filter(claim -> claim.role() == EvidenceRole.ASSERTS).toList(),
					cited.stream().filter(claim -> claim.role() == EvidenceRole.DISPUTES).toList()));
		}
		return views;
	}

	/** The key counted most often, ties going to the lowest id. */
	private static Long mostFrequent(Map<Long, Long> counts, Long except) {
		return counts.entrySet().stream()
			.filter(entry -> !entry.getKey().equals(except))
			.max(Map.Entry.<Long, Long>comparingByValue()
				.thenComparing(Map.Entry.<Long, Long>comparingByKey().reversed()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	private Perspective perspective(Actor actor) {
		return new Perspective(Perspective.ACTOR + actor.getSlug(), actor.getName(),
				new EvidenceScope(affiliationTree(actor), null));
	}

	private Set<Long> affiliationTree(Actor actor) {
		return affiliations.treeOf(actor.getId());
	}

	private Actor actor(String slug) {
		return actors.findBySlug(slug).orElseThrow(() -> NotFoundException.of("actor", slug));
	}

	private Outlet outlet(String slug) {
		return outlets.findBySlug(slug).orElseThrow(() -> NotFoundException.of("outlet", slug));
	}

}
