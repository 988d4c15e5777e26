package org.precursor.network;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/** The filters of the actor network: one proposition, one outlet, and which connections to draw. */
public record NetworkFilter(String proposition, String outlet, Connections edges) {

	/** Which kinds of connection the network draws. */
	public enum Connections {

		ALL("All connections"), CLAIMS_ABOUT("Claims about"), SIDES("Sides taken");

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
	}

	public boolean showsClaimsAbout() {
		return edges != Connections.SIDES;
	}

	public boolean showsSides() {
		return edges != Connections.CLAIMS_ABOUT;
	}

	public boolean isEmpty() {
		return proposition == null && outlet == null && edges == Connections.ALL;
	}

	public String on(String path) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("proposition", Optional.ofNullable(proposition))
			.queryParamIfPresent("outlet", Optional.ofNullable(outlet))
			.queryParamIfPresent("edges", Optional.of(edges).filter(chosen -> chosen != Connections.ALL))
			.encode()
			.toUriString();
	}

}
