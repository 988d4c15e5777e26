package org.precursor.network;

import java.util.List;

/**
 * The published shape of {@code /network.json}. Field names here are a contract with researchers and with the
 * graph script: add fields, never rename or remove them. The README documents every field.
 */
public final class NetworkJson {

	private NetworkJson() {
	}

	/** {@code centre} is the id of the actor a network centred on one actor is drawn around, or null. */
	public record Document(Filter filter, Limits limits, List<Node> nodes, List<Edge> edges, String centre) {
	}

	public record Filter(String proposition, String outlet, String edges, String actor, Integer size) {
	}

	public record Limits(int nodes, long nodesTotal, int edges, long edgesTotal) {
	}

	public record Term(String id, String label) {
	}

	/** {@code side} is the side the actor took on the filter's proposition, or null. */
	public record Node(String id, String name, Term type, long claims, long mentions, String url, String side) {
	}

	public record Edge(String source, String target, String kind, String tone, long weight, long accusing,
			long defending, List<Proposition> propositions) {
	}

	public record Proposition(String id, String text, String url) {
	}

	public static Document of(ActorNetwork network) {
		NetworkFilter filter = network.filter();
		return new Document(new Filter(filter.proposition(), filter.outlet(), filter.edges().name(), filter.actor(),
				filter.isCentred() ? filter.neighbours() : null),
				new Limits(network.nodes().size(), network.nodesTotal(), network.edges().size(), network.edgesTotal()),
				network.nodes().stream()
					.map(node -> new Node(node.slug(), node.name(), new Term(node.type().name(), node.type().label()),
							node.claims(), node.mentions(), "/actors/" + node.slug(), network.sideOf(node)))
					.toList(),
				network.edges().stream()
					.map(edge -> new Edge(edge.source().slug(), edge.target().slug(), edge.kind().name(),
							edge.tone() == null ? null : edge.tone().name(), edge.weight(), edge.accusing(),
							edge.defending(), edge.propositions().stream()
								.map(p -> new Proposition(p.slug(), p.text(), "/propositions/" + p.slug()))
								.toList()))
					.toList(),
				network.centre() == null ? null : network.centre().slug());
	}

}
