package org.precursor.network;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the actor network: one proposition, one outlet, which connections to draw, and, for a network
 * centred on one actor, that actor and how many of its neighbours to show.
 */
public record NetworkFilter(String proposition, String outlet, Connections edges, String actor, Integer size) {

	/** Neighbours an actor's network shows unless asked for more or fewer. */
	public static final int DEFAULT_SIZE = 12;

	/** Which kinds of connection the network draws. */
	public enum Connections {

		ALL("All connections"), CLAIMS_ABOUT("Claims about"), SIDES("Sides taken"), SAME_SIDE("Same side only"),
		OPPOSITE_SIDE("Opposite sides only");

		private final String label;

		Connections(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public NetworkFilter {
		proposition = proposition == null || proposition.isBlank() ? null : proposition.strip();
		outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
		edges = edges == null ? Connections.ALL : edges;
		actor = actor == null || actor.isBlank() ? null : actor.strip();
		size = size == null ? null : Math.max(1, Math.min(size, ActorNetworks.NODE_LIMIT - 1));
	}

	public NetworkFilter(String proposition, String outlet, Connections edges) {
		this(proposition, outlet, edges, null, null);
	}

	/** The same filter centred on an actor. */
	public NetworkFilter centredOn(String slug) {
		return new NetworkFilter(proposition, outlet, edges, slug, size);
	}

	public boolean isCentred() {
		return actor != null;
	}

	public int neighbours() {
		return size == null ? DEFAULT_SIZE : size;
	}

	public boolean showsClaimsAbout() {
		return edges == Connections.ALL || edges == Connections.CLAIMS_ABOUT;
	}

	public boolean showsSides() {
		return edges != Connections.CLAIMS_ABOUT;
	}

	/** Whether connections of this kind are drawn. */
	public boolean shows(ActorNetwork.Kind kind) {
		return switch (kind) {
			case CLAIMS_ABOUT -> showsClaimsAbout();
			case SAME_SIDE -> edges == Connections.ALL || edges == Connections.SIDES || edges == Connections.SAME_SIDE;
			case OPPOSITE_SIDE -> edges == Connections.ALL || edges == Connections.SIDES
					|| edges == Connections.OPPOSITE_SIDE;
		};
	}

	public boolean isEmpty() {
		return proposition == null && outlet == null && edges == Connections.ALL && actor == null && size == null;
	}

	public String on(String path) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("actor", Optional.ofNullable(actor))
			.queryParamIfPresent("proposition", Optional.ofNullable(proposition))
			.queryParamIfPresent("outlet", Optional.ofNullable(outlet))
			.queryParamIfPresent("edges", Optional.of(edges).filter(chosen -> chosen != Connections.ALL))
			.queryParamIfPresent("size", Optional.ofNullable(size))
			.encode()
			.toUriString();
	}

}
