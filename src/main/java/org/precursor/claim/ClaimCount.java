package org.precursor.claim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many claims belong to one thing (an actor, an article), identified by its id. */
public record ClaimCount(Long key, long claims) {

	public static Map<Long, Long> asMap(List<ClaimCount> counts) {
		return counts.stream().collect(Collectors.toMap(ClaimCount::key, ClaimCount::claims));
	}

}
