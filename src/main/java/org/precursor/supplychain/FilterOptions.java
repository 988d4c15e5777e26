package org.precursor.supplychain;

import java.util.List;

/** The choices offered by the map's filters and by the perspective picker. */
public record FilterOptions(List<ActorRef> claimants, List<Option> outlets) {

	public record Option(String slug, String name) {
	}

}
