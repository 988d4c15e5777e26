package org.precursor.supplychain;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the supply-chain map, as request parameters: what moves, the stage, and whose claims (a claimant
 * with everyone affiliated to it, and/or an outlet). Blank parameters mean "any".
 */
public record ChainFilter(Commodity moves, Stage stage, String claimant, String outlet) {

	public static final ChainFilter NONE = new ChainFilter(null, null, null, null);

	public ChainFilter {
		claimant = claimant == null || claimant.isBlank() ? null : claimant.strip();
		outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
	}

	public boolean isEmpty() {
		return moves == null && stage == null && claimant == null && outlet == null;
	}

	public boolean hasPerspective() {
		return claimant != null || outlet != null;
	}

	/** The address of this filter on a path, with only the parameters that are set, and a page when given. */
	public String on(String path, Integer page, Integer size) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("moves", Optional.ofNullable(moves))
			.queryParamIfPresent("stage", Optional.ofNullable(stage))
			.queryParamIfPresent("claimant", Optional.ofNullable(claimant))
			.queryParamIfPresent("outlet", Optional.ofNullable(outlet))
			.queryParamIfPresent("page", Optional.ofNullable(page))
			.queryParamIfPresent("size", Optional.ofNullable(size))
			.encode()
			.toUriString();
	}

}
