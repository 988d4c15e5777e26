package org.precursor.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.article.OutletRepository;
import org.precursor.network.ActorNetwork.Edge;
import org.precursor.network.ActorNetwork.Kind;
import org.precursor.network.ActorNetwork.Node;
import org.precursor.network.ActorNetwork.PropositionRef;
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

	private final ClaimGraphQueries queries;

	private final PropositionTargetRepository targets;

	private final PropositionRepository propositions;

	private final OutletRepository outlets;

	ActorNetworks(ClaimGraphQueries queries, PropositionTargetRepository targets, PropositionRepository propositions,
			OutletRepository outlets) {
		this.queries = queries;
		this.targets = targets;
		this.propositions = propositions;
		this.outlets = outlets;
	}

	public ActorNetwork build(NetworkFilter filter) {
		Long propositionId = filter.proposition() == null ? null : propositions.findBySlug(filter.proposition())
			.orElseThrow(() -> NotFoundException.of("proposition", filter.proposition()))
			.getId();
		Long outletId = filter.outlet() == null ? null : outlets.findBySlug(filter.outlet())
			.orElseThrow(() -> NotFoundException.of("outlet", filter.outlet()))
			.getId();

		Map<Long, Long> claims = counts(queries.claimsByClaimant(propositionId, outletId));
		List<Object[]> about = queries.claimsAbout(propositionId, outletId);
		Map<Long, Long> mentions = new HashMap<>();
		about.forEach(row -> mentions.merge((Long) row[1], (Long) row[2], Long::sum));
		Map<Long, Node> nodes = topNodes(claims, mentions);

		List<Edge> edges = new ArrayList<>();
		long edgesTotal = 0;
		if (filter.showsClaimsAbout()) {
			List<Edge> aboutEdges = claimsAboutEdges(about, nodes, propositionId, outletId);
			edgesTotal += aboutEdges.size();
			edges.addAll(strongest(aboutEdges));
		}
		if (filter.showsSides()) {
			List<Edge> sideEdges = sideEdges(queries.sides(propositionId, outletId), nodes);
			edgesTotal += sideEdges.size();
			edges.addAll(strongest(sideEdges));
		}
		long nodesTotal = Stream.concat(claims.keySet().stream(), mentions.keySet().stream())
			.distinct()
			.count();
		return new ActorNetwork(filter, List.copyOf(nodes.values()), edges, nodesTotal, edgesTotal);
	}

	private Map<Long, Node> topNodes(Map<Long, Long> claims, Map<Long, Long> mentions) {
		Map<Long, Long> score = new HashMap<>(claims);
		mentions.forEach((id, count) -> score.merge(id, count, Long::sum));
		List<Long> top = score.entrySet().stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(NODE_LIMIT)
			.map(Map.Entry::getKey)
			.toList();
		Map<Long, Actor> actors = top.isEmpty() ? Map.of()
				: queries.actors(top).stream().collect(Collectors.toMap(Actor::getId, Function.identity()));
		Map<Long, Node> nodes = new LinkedHashMap<>();
		for (Long id : top) {
			Actor actor = actors.get(id);
			nodes.put(id, new Node(id, actor.getSlug(), actor.getName(), actor.getType(), claims.getOrDefault(id, 0L),
					mentions.getOrDefault(id, 0L)));
		}
		return nodes;
	}

	private List<Edge> claimsAboutEdges(List<Object[]> about, Map<Long, Node> nodes, Long propositionId,
			Long outletId) {
		Map<String, Tone> meaning = targetMeanings();
		Set<Long> targeted = meaning.keySet().stream()
			.map(key -> Long.valueOf(key.substring(0, key.indexOf(':'))))
			.collect(Collectors.toSet());
		Map<String, long[]> tones = new HashMap<>();
		for (Object[] row : queries.stancesAbout(propositionId, outletId, targeted)) {
			Tone means = meaning.get(row[2] + ":" + row[1]);
			if (means != null && nodes.containsKey((Long) row[0]) && nodes.containsKey((Long) row[1])) {
				boolean accuses = (row[3] == Stance.SUPPORTS) == (means == Tone.ACCUSES);
				tones.computeIfAbsent(row[0] + ">" + row[1], key -> new long[2])[accuses ? 0 : 1] += (Long) row[4];
			}
		}
		List<Edge> edges = new ArrayList<>();
		for (Object[] row : about) {
			Node source = nodes.get((Long) row[0]);
			Node target = nodes.get((Long) row[1]);
			if (source != null && target != null) {
				long[] tone = tones.getOrDefault(source.id() + ">" + target.id(), new long[2]);
				edges.add(new Edge(source, target, Kind.CLAIMS_ABOUT, Tone.of(tone[0], tone[1]), (Long) row[2],
						tone[0], tone[1], List.of()));
			}
		}
		return edges;
	}

	/**
	 * What supporting each proposition means for each actor, keyed "propositionId:actorId". A target's meaning
	 * extends to everyone affiliated to it, unless they are targets of the proposition themselves.
	 */
	private Map<String, Tone> targetMeanings() {
		Map<Long, List<Long>> children = new HashMap<>();
		for (Object[] row : queries.parents()) {
			children.computeIfAbsent((Long) row[1], parent -> new ArrayList<>()).add((Long) row[0]);
		}
		List<Object[]> rows = targets.findAllAsRows();
		Map<String, Tone> meaning = new HashMap<>();
		for (Object[] row : rows) {
			Deque<Long> pending = new ArrayDeque<>(children.getOrDefault((Long) row[1], List.of()));
			while (!pending.isEmpty()) {
				Long member = pending.pop();
				meaning.putIfAbsent(row[0] + ":" + member, (Tone) row[2]);
				pending.addAll(children.getOrDefault(member, List.of()));
			}
		}
		rows.forEach(row -> meaning.put(row[0] + ":" + row[1], (Tone) row[2]));
		return meaning;
	}

	private List<Edge> sideEdges(List<Object[]> sides, Map<Long, Node> nodes) {
		Map<Long, PropositionRef> propositionsById = new HashMap<>();
		for (Object[] row : queries.propositions()) {
			propositionsById.put((Long) row[0], new PropositionRef((String) row[1], (String) row[2]));
		}
		Map<Long, Map<Stance, List<Node>>> byProposition = new LinkedHashMap<>();
		for (Object[] row : sides) {
			Node node = nodes.get((Long) row[1]);
			if (node != null) {
				byProposition.computeIfAbsent((Long) row[0], id -> new HashMap<>())
					.computeIfAbsent((Stance) row[2], stance -> new ArrayList<>())
					.add(node);
			}
		}
		Map<String, List<PropositionRef>> pairs = new LinkedHashMap<>();
		Map<String, Node[]> ends = new HashMap<>();
		byProposition.forEach((propositionId, byStance) -> {
			PropositionRef proposition = propositionsById.get(propositionId);
			List<Node> supporters = byStance.getOrDefault(Stance.SUPPORTS, List.of());
			List<Node> disputers = byStance.getOrDefault(Stance.DISPUTES, List.of());
			for (List<Node> side : List.of(supporters, disputers)) {
				for (int i = 0; i < side.size(); i++) {
					for (int j = i + 1; j < side.size(); j++) {
						pair(pairs, ends, Kind.SAME_SIDE, side.get(i), side.get(j), proposition);
					}
				}
			}
			for (Node supporter : supporters) {
				for (Node disputer : disputers) {
					if (supporter != disputer) {
						pair(pairs, ends, Kind.OPPOSITE_SIDE, supporter, disputer, proposition);
					}
				}
			}
		});
		List<Edge> edges = new ArrayList<>();
		pairs.forEach((key, shared) -> {
			Node[] pair = ends.get(key);
			Kind kind = Kind.valueOf(key.substring(0, key.indexOf(' ')));
			edges.add(new Edge(pair[0], pair[1], kind, null, shared.size(), 0, 0, List.copyOf(shared)));
		});
		return edges;
	}

	private static void pair(Map<String, List<PropositionRef>> pairs, Map<String, Node[]> ends, Kind kind, Node a,
			Node b, PropositionRef proposition) {
		Node first = a.slug().compareTo(b.slug()) <= 0 ? a : b;
		Node second = first == a ? b : a;
		String key = kind + " " + first.id() + " " + second.id();
		ends.putIfAbsent(key, new Node[] { first, second });
		pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(proposition);
	}

	private static List<Edge> strongest(List<Edge> edges) {
		return edges.stream()
			.sorted(Comparator.comparingLong(Edge::weight)
				.reversed()
				.thenComparing(edge -> edge.source().name())
				.thenComparing(edge -> edge.target().name()))
			.limit(EDGE_LIMIT)
			.toList();
	}

	private static Map<Long, Long> counts(List<Object[]> rows) {
		Map<Long, Long> counts = new HashMap<>();
		rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

}
