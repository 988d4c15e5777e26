package org.precursor.network;

import java.util.List;
import java.util.Map;

import org.precursor.actor.ActorType;

/**
 * The actor network as the page draws it: the most active actors and the strongest connections between them (on one
 * proposition, with the side each took), or, centred on one actor, that actor, its strongest neighbours and its
 * connections to them. The totals say how many there were before the limits, so the page can say what it left out.
 */
public record ActorNetwork(NetworkFilter filter, List<Node> nodes, List<Edge> edges, long nodesTotal,
		long edgesTotal, Node centre, Map<String, String> sides, int newestRead) {

	public ActorNetwork(NetworkFilter filter, List<Node> nodes, List<Edge> edges, long nodesTotal, long edgesTotal) {
		this(filter, nodes, edges, nodesTotal, edgesTotal, null, Map.of(), 0);
	}

	/** Whether the network was drawn from the newest {@link #newestRead()} claims in scope only. */
	public boolean isDrawnFromTheNewest() {
		return newestRead > 0;
	}

	/** The side an actor took on the network's one proposition ({@code SUPPORTS}, {@code DISPUTES}, {@code BOTH}), or null. */
	public String sideOf(Node node) {
		return sides.get(node.slug());
	}

	/** An actor: the claims it made and the claims made about it, within the filter. */
	public record Node(long id, String slug, String name, ActorType type, long claims, long mentions) {
	}

	public enum Kind {

		CLAIMS_ABOUT("Claims about"), SAME_SIDE("Same side"), OPPOSITE_SIDE("Opposite sides");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * A connection. For claims about, source made {@code weight} claims about target, of which {@code accusing}
	 * accuse and {@code defending} defend it; for sides, source and target took the same or opposite sides on
	 * {@code weight} propositions, listed in {@code propositions}.
	 */
	public record Edge(Node source, Node target, Kind kind, Tone tone, long weight, long accusing, long defending,
			List<PropositionRef> propositions) {
	}

	public record PropositionRef(String slug, String text) {
	}

	/** An actor a network can be centred on. */
	public record Choice(String slug, String name) {
	}

	public boolean isTruncated() {
		return nodesTotal > nodes.size() || edgesTotal > edges.size();
	}

}
