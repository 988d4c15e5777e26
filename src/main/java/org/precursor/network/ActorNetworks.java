package org.precursor.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.Affiliations;
import org.precursor.article.OutletRepository;
import org.precursor.network.ActorNetwork.Edge;
import org.precursor.network.ActorNetwork.Kind;
import org.precursor.network.ActorNetwork.Node;
import org.precursor.network.ActorNetwork.PropositionRef;
import org.precursor.network.ClaimGraphRows.About;
import org.precursor.network.ClaimGraphRows.Side;
import org.precursor.network.ClaimGraphRows.StanceAbout;
import org.precursor.network.ClaimGraphRows.Target;
import org.precursor.proposition.PropositionRepository;
import org.precursor.proposition.Stance;
import org.precursor.web.NotFoundException;

/**
 * Builds the actor network: the {@value #NODE_LIMIT} most active actors (claims made plus claims about them) and
 * the strongest connections among them, at most {@value #EDGE_LIMIT} of each kind, so the graph stays readable
 * and fast however large the dataset grows.
 */
@Component
@Transactional(readOnly = true)
public class ActorNetworks {

	public static final int NODE_LIMIT = 45;

	public static final int EDGE_LIMIT = 120;

	/**
	 * Actors considered for the network: those that made most claims and those most claimed about, this many of
	 * each. The most active actors (claims made plus claims about) are among them unless activity is spread so evenly
	 * that none stands out, so the network never counts claims for every actor.
	 */
	static final int CANDIDATES = 200;

	/** Rows read for an actor's network: the others it made most claims about, and those who made most about it. */
	static final int NEIGHBOUR_ROWS = 200;

	/** Rows read for an actor's network: others' sides on the propositions it took a side on, most claims first. */
	static final int SIDE_ROWS = 2000;

	private final ClaimGraphQueries queries;

	private final Affiliations affiliations;

	private final PropositionRepository propositions;

	private final OutletRepository outlets;

	private final ActorRepository actors;

	ActorNetworks(ClaimGraphQueries queries, Affiliations affiliations, PropositionRepository propositions,
			OutletRepository outlets, ActorRepository actors) {
		this.queries = queries;
		this.affiliations = affiliations;
		this.propositions = propositions;
		this.outlets = outlets;
		this.actors = actors;
	}

	public ActorNetwork build(NetworkFilter filter) {
		Scope scope = scope(filter);
		if (filter.isCentred()) {
			return centred(filter, scope);
		}
		Long propositionId = scope.propositionId();
		Long outletId = scope.outletId();

		Set<Long> candidates = new LinkedHashSet<>(queries.mostClaiming(propositionId, outletId, CANDIDATES));
		candidates.addAll(queries.mostClaimedAbout(propositionId, outletId, CANDIDATES));
		Map<Long, Long> claims = new HashMap<>();
		Map<Long, Long> mentions = new HashMap<>();
		if (!candidates.isEmpty()) {
			queries.claimsByClaimant(propositionId, outletId, candidates)
				.forEach(made -> claims.put(made.claimantId(), made.claims()));
			queries.claimsAboutEach(propositionId, outletId, candidates)
				.forEach(mentioned -> mentions.put(mentioned.actorId(), mentioned.claims()));
		}
		Map<Long, Node> nodes = topNodes(claims, mentions);
		List<About> about = nodes.isEmpty() ? List.of() : queries.claimsAbout(propositionId, outletId, nodes.keySet());

		List<Edge> edges = new ArrayList<>();
		long edgesTotal = 0;
		if (filter.showsClaimsAbout()) {
			List<Edge> aboutEdges = claimsAboutEdges(about, nodes, propositionId, outletId);
			edgesTotal += aboutEdges.size();
			edges.addAll(strongest(aboutEdges, EDGE_LIMIT));
		}
		List<Side> sides = nodes.isEmpty() || !filter.showsSides() && propositionId == null ? List.of()
				: queries.sides(propositionId, outletId, nodes.keySet());
		if (filter.showsSides()) {
			List<Edge> sideEdges = sideEdges(sides, nodes).stream().filter(edge -> filter.shows(edge.kind())).toList();
			edgesTotal += sideEdges.size();
			edges.addAll(strongest(sideEdges, EDGE_LIMIT));
		}
		long nodesTotal = nodes.size() < NODE_LIMIT ? nodes.size() : queries.actorsInScope(propositionId, outletId);
		return new ActorNetwork(filter, List.copyOf(nodes.values()), edges, nodesTotal, edgesTotal, null,
				propositionId == null ? Map.of() : sidesTaken(sides, nodes), newestRead());
	}

	private Map<Long, Node> topNodes(Map<Long, Long> claims, Map<Long, Long> mentions) {
		Map<Long, Long> score = new HashMap<>(claims);
		mentions.forEach((id, count) -> score.merge(id, count, Long::sum));
		List<Long> top = score.entrySet().stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(NODE_LIMIT)
			.map(Map.Entry::getKey)
			.toList();
		return nodesOf(top, claims, mentions);
	}

	private Map<Long, Node> nodesOf(List<Long> ids, Map<Long, Long> claims, Map<Long, Long> mentions) {
		Map<Long, Actor> found = ids.isEmpty() ? Map.of()
				: queries.actors(ids).stream().collect(Collectors.toMap(Actor::getId, Function.identity()));
		Map<Long, Node> nodes = new LinkedHashMap<>();
		for (Long id : ids) {
			Actor actor = found.get(id);
			nodes.put(id, new Node(id, actor.getSlug(), actor.getName(), actor.getType(), claims.getOrDefault(id, 0L),
					mentions.getOrDefault(id, 0L)));
		}
		return nodes;
	}

	private List<Edge> claimsAboutEdges(List<About> about, Map<Long, Node> nodes, Long propositionId,
			Long outletId) {
		List<Target> targets = queries.targets();
		Map<Meaning, Tone> meaning = targetMeanings(targets, nodes.keySet());
		Set<Long> targeted = targets.stream().map(Target::propositionId).collect(Collectors.toSet());
		Map<Pair, long[]> tones = new HashMap<>();
		for (StanceAbout row : queries.stancesAbout(propositionId, outletId, targeted, nodes.keySet())) {
			Tone means = meaning.get(new Meaning(row.propositionId(), row.aboutId()));
			if (means != null && nodes.containsKey(row.claimantId()) && nodes.containsKey(row.aboutId())) {
				boolean accuses = (row.stance() == Stance.SUPPORTS) == (means == Tone.ACCUSES);
				tones.computeIfAbsent(new Pair(row.claimantId(), row.aboutId()), key -> new long[2])[accuses ? 0 : 1]
						+= row.claims();
			}
		}
		List<Edge> edges = new ArrayList<>();
		for (About row : about) {
			Node source = nodes.get(row.claimantId());
			Node target = nodes.get(row.aboutId());
			if (source != null && target != null) {
				long[] tone = tones.getOrDefault(new Pair(source.id(), target.id()), new long[2]);
				edges.add(new Edge(source, target, Kind.CLAIMS_ABOUT, Tone.of(tone[0], tone[1]), row.claims(),
						tone[0], tone[1], List.of()));
			}
		}
		return edges;
	}

	/**
	 * What supporting each proposition means for each actor. A target's meaning extends to everyone affiliated to
	 * it, unless they are targets of the proposition themselves.
	 */
	private Map<Meaning, Tone> targetMeanings(List<Target> targets, Collection<Long> actorIds) {
		Map<Meaning, Tone> own = new HashMap<>();
		targets.forEach(row -> own.put(new Meaning(row.propositionId(), row.actorId()), row.supportingMeans()));
		Set<Long> propositionIds = targets.stream().map(Target::propositionId).collect(Collectors.toSet());
		Map<Long, List<Long>> above = affiliations.ancestorsOf(actorIds);
		Map<Meaning, Tone> meaning = new HashMap<>();
		for (Long actor : actorIds) {
			for (Long proposition : propositionIds) {
				// the actor's own meaning, else that of the nearest body above it that is a target
				Stream.concat(Stream.of(actor), above.getOrDefault(actor, List.of()).stream())
					.map(id -> own.get(new Meaning(proposition, id)))
					.filter(Objects::nonNull)
					.findFirst()
					.ifPresent(tone -> meaning.put(new Meaning(proposition, actor), tone));
			}
		}
		return meaning;
	}

	private List<Edge> sideEdges(List<Side> sides, Map<Long, Node> nodes) {
		Map<Long, PropositionRef> propositionsById = new HashMap<>();
		queries.propositions()
			.forEach(row -> propositionsById.put(row.id(), new PropositionRef(row.slug(), row.text())));
		Map<Long, Map<Stance, List<Node>>> byProposition = new LinkedHashMap<>();
		for (Side row : sides) {
			Node node = nodes.get(row.claimantId());
			if (node != null) {
				byProposition.computeIfAbsent(row.propositionId(), id -> new HashMap<>())
					.computeIfAbsent(row.stance(), stance -> new ArrayList<>())
					.add(node);
			}
		}
		Map<SidePair, List<PropositionRef>> pairs = new LinkedHashMap<>();
		byProposition.forEach((propositionId, byStance) -> {
			PropositionRef proposition = propositionsById.get(propositionId);
			List<Node> supporters = byStance.getOrDefault(Stance.SUPPORTS, List.of());
			List<Node> disputers = byStance.getOrDefault(Stance.DISPUTES, List.of());
			for (List<Node> side : List.of(supporters, disputers)) {
				for (int i = 0; i < side.size(); i++) {
					for (int j = i + 1; j < side.size(); j++) {
						pair(pairs, Kind.SAME_SIDE, side.get(i), side.get(j), proposition);
					}
				}
			}
			for (Node supporter : supporters) {
				for (Node disputer : disputers) {
					if (supporter != disputer) {
						pair(pairs, Kind.OPPOSITE_SIDE, supporter, disputer, proposition);
					}
				}
			}
		});
		List<Edge> edges = new ArrayList<>();
		pairs.forEach((pair, shared) -> edges.add(new Edge(pair.first(), pair.second(), pair.kind(), null,
				shared.size(), 0, 0, List.copyOf(shared))));
		return edges;
	}

	/** The side each node took on the one proposition the network is limited to: supports, disputes or both. */
	private static Map<String, String> sidesTaken(List<Side> sides, Map<Long, Node> nodes) {
		Map<String, Set<Stance>> taken = new HashMap<>();
		sides.stream().filter(side -> nodes.containsKey(side.claimantId()))
			.forEach(side -> taken.computeIfAbsent(nodes.get(side.claimantId()).slug(), slug -> new HashSet<>())
				.add(side.stance()));
		Map<String, String> named = new HashMap<>();
		taken.forEach((slug, stances) -> named.put(slug, stances.size() > 1 ? "BOTH" : stances.iterator().next().name()));
		return Map.copyOf(named);
	}

	private static void pair(Map<SidePair, List<PropositionRef>> pairs, Kind kind, Node a, Node b,
			PropositionRef proposition) {
		Node first = a.slug().compareTo(b.slug()) <= 0 ? a : b;
		Node second = first == a ? b : a;
		pairs.computeIfAbsent(new SidePair(kind, first, second), k -> new ArrayList<>()).add(proposition);
	}

	private static List<Edge> strongest(List<Edge> edges, int limit) {
		return edges.stream()
			.sorted(Comparator.comparingLong(Edge::weight)
				.reversed()
				.thenComparing(edge -> edge.source().name())
				.thenComparing(edge -> edge.target().name()))
			.limit(limit)
			.toList();
	}

	/**
	 * The slug of the most active actor in the filter's scope (claims made plus claims about it), where a network
	 * centred on nobody in particular starts; empty when no claim is in scope.
	 */
	public Optional<String> mostActive(NetworkFilter filter) {
		Scope scope = scope(filter);
		Set<Long> candidates = new LinkedHashSet<>(queries.mostClaiming(scope.propositionId(), scope.outletId(), CANDIDATES));
		candidates.addAll(queries.mostClaimedAbout(scope.propositionId(), scope.outletId(), CANDIDATES));
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, Long> score = new HashMap<>();
		queries.claimsByClaimant(scope.propositionId(), scope.outletId(), candidates)
			.forEach(made -> score.merge(made.claimantId(), made.claims(), Long::sum));
		queries.claimsAboutEach(scope.propositionId(), scope.outletId(), candidates)
			.forEach(mentioned -> score.merge(mentioned.actorId(), mentioned.claims(), Long::sum));
		return score.entrySet().stream()
			.min(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(top -> queries.actors(List.of(top.getKey())).get(0).getSlug());
	}

	/** The actors that made most claims in the filter's scope, most first, to centre a network on. */
	public List<ActorNetwork.Choice> mostActiveActors(NetworkFilter filter, int limit) {
		Scope scope = scope(filter);
		List<Long> ids = queries.mostClaiming(scope.propositionId(), scope.outletId(), limit);
		Map<Long, Actor> found = ids.isEmpty() ? Map.of()
				: queries.actors(ids).stream().collect(Collectors.toMap(Actor::getId, Function.identity()));
		List<ActorNetwork.Choice> choices = new ArrayList<>(ids.stream()
			.map(found::get)
			.map(actor -> new ActorNetwork.Choice(actor.getSlug(), actor.getName()))
			.sorted(Comparator.comparing(ActorNetwork.Choice::name, String.CASE_INSENSITIVE_ORDER))
			.toList());
		if (filter.actor() != null && choices.stream().noneMatch(choice -> choice.slug().equals(filter.actor()))) {
			actors.findBySlug(filter.actor()).ifPresent(actor -> choices.add(0, new ActorNetwork.Choice(actor.getSlug(), actor.getName())));
		}
		return choices;
	}

	/**
	 * One actor's network: the actor, the neighbours it is most connected to (claims it made about them, claims they
	 * made about it, propositions on which they took the same or the opposite side), at most the filter's number of
	 * them, and only the connections between the actor and each neighbour, so that the picture reads as a star.
	 */
	private ActorNetwork centred(NetworkFilter filter, Scope scope) {
		Actor actor = actors.findBySlug(filter.actor()).orElseThrow(() -> NotFoundException.of("actor", filter.actor()));
		long centre = actor.getId();
		Long propositionId = scope.propositionId();
		Long outletId = scope.outletId();
		Map<Long, Long> weight = new HashMap<>();
		List<About> about = new ArrayList<>();
		if (filter.showsClaimsAbout()) {
			about.addAll(queries.claimsAboutAround(propositionId, outletId, centre, true, NEIGHBOUR_ROWS));
			about.addAll(queries.claimsAboutAround(propositionId, outletId, centre, false, NEIGHBOUR_ROWS));
			about.forEach(row -> weight.merge(row.claimantId() == centre ? row.aboutId() : row.claimantId(), row.claims(),
					Long::sum));
		}
		Map<Kind, Map<Long, Set<Long>>> shared = new HashMap<>();
		if (filter.showsSides()) {
			Map<Long, Set<Stance>> own = new HashMap<>();
			queries.sides(propositionId, outletId, List.of(centre))
				.forEach(side -> own.computeIfAbsent(side.propositionId(), id -> new HashSet<>()).add(side.stance()));
			List<Side> others = own.isEmpty() ? List.of()
					: queries.sidesOthersTook(propositionId, outletId, own.keySet(), centre, SIDE_ROWS);
			for (Side side : others) {
				Set<Stance> centreTook = own.get(side.propositionId());
				Kind kind = centreTook.contains(side.stance()) ? Kind.SAME_SIDE : Kind.OPPOSITE_SIDE;
				if (filter.shows(kind) && shared.computeIfAbsent(kind, k -> new HashMap<>())
					.computeIfAbsent(side.claimantId(), id -> new HashSet<>())
					.add(side.propositionId())) {
					weight.merge(side.claimantId(), 1L, Long::sum);
				}
			}
		}
		List<Long> neighbours = weight.entrySet().stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(filter.neighbours())
			.map(Map.Entry::getKey)
			.toList();
		List<Long> ids = new ArrayList<>();
		ids.add(centre);
		ids.addAll(neighbours);
		Map<Long, Long> claims = new HashMap<>();
		Map<Long, Long> mentions = new HashMap<>();
		queries.claimsByClaimant(propositionId, outletId, ids).forEach(made -> claims.put(made.claimantId(), made.claims()));
		queries.claimsAboutEach(propositionId, outletId, ids)
			.forEach(mentioned -> mentions.put(mentioned.actorId(), mentioned.claims()));
		Map<Long, Node> nodes = nodesOf(ids, claims, mentions);

		List<Edge> edges = new ArrayList<>(claimsAboutEdges(about.stream()
			.filter(row -> nodes.containsKey(row.claimantId()) && nodes.containsKey(row.aboutId()))
			.toList(), nodes, propositionId, outletId));
		Map<Long, PropositionRef> propositionsById = new HashMap<>();
		if (!shared.isEmpty()) {
			queries.propositions()
				.forEach(row -> propositionsById.put(row.id(), new PropositionRef(row.slug(), row.text())));
		}
		shared.forEach((kind, byNeighbour) -> byNeighbour.forEach((neighbour, propositionIds) -> {
			if (nodes.containsKey(neighbour)) {
				Map<SidePair, List<PropositionRef>> pairs = new LinkedHashMap<>();
				propositionIds.stream().sorted()
					.forEach(id -> pair(pairs, kind, nodes.get(centre), nodes.get(neighbour), propositionsById.get(id)));
				pairs.forEach((pair, on) -> edges.add(new Edge(pair.first(), pair.second(), kind, null, on.size(), 0, 0,
						List.copyOf(on))));
			}
		}));
		long edgesTotal = about.size() + shared.values().stream().mapToLong(Map::size).sum();
		return new ActorNetwork(filter, List.copyOf(nodes.values()), strongest(edges, Integer.MAX_VALUE),
				weight.size() + 1L, edgesTotal, nodes.get(centre), Map.of(), newestRead());
	}

	/** How many of the newest claims in scope a network is drawn from, or 0 when it is drawn from all. */
	private int newestRead() {
		return queries.readsTheNewestOnly() ? queries.claimsRead() : 0;
	}

	private Scope scope(NetworkFilter filter) {
		Long propositionId = filter.proposition() == null ? null : propositions.findBySlug(filter.proposition())
			.orElseThrow(() -> NotFoundException.of("proposition", filter.proposition()))
			.getId();
		Long outletId = filter.outlet() == null ? null : outlets.findBySlug(filter.outlet())
			.orElseThrow(() -> NotFoundException.of("outlet", filter.outlet()))
			.getId();
		return new Scope(propositionId, outletId);
	}

	/** The proposition and outlet a network is limited to, as ids; null for any. */
	private record Scope(Long propositionId, Long outletId) {
	}

	/** What supporting one proposition means for one actor. */
	private record Meaning(long propositionId, long actorId) {
	}

	/** A claimant and the actor its claims are about. */
	private record Pair(long source, long target) {
	}

	/** Two nodes on the same or opposite sides, the one with the lower slug first. */
	private record SidePair(Kind kind, Node first, Node second) {
	}

}
