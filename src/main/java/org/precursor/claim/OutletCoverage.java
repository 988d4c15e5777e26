package org.precursor.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.precursor.proposition.SplitBetweenSides;
import org.precursor.proposition.Stance;

/**
 * Which outlets carried a proposition's supporters and which its disputers: for each outlet, the claims on each side
 * it published or originally reported, from each side's outlet counts (the {@value MatchingClaims#OUTLETS_SHOWN}
 * outlets with most claims on that side).
 */
public record OutletCoverage(List<Row> outlets) {

	/** One outlet's claims on each side, with the claims list filtered to each. */
	public record Row(String slug, String name, long supports, long disputes, String supportsUrl, String disputesUrl)
			implements SplitBetweenSides {
	}

	static OutletCoverage of(List<FacetValue> supporting, List<FacetValue> disputing, ClaimFilter onProposition) {
		Map<String, long[]> sides = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		supporting.forEach(outlet -> count(outlet, 0, sides, names));
		disputing.forEach(outlet -> count(outlet, 1, sides, names));
		List<Row> rows = new ArrayList<>();
		sides.forEach((slug, counts) -> rows.add(new Row(slug, names.get(slug), counts[0], counts[1],
				onProposition.withStance(Stance.SUPPORTS).withOutlet(slug).url(),
				onProposition.withStance(Stance.DISPUTES).withOutlet(slug).url())));
		rows.sort(Comparator.comparingLong(Row::total).reversed().thenComparing(Row::name));
		return new OutletCoverage(List.copyOf(rows));
	}

	private static void count(FacetValue outlet, int side, Map<String, long[]> sides, Map<String, String> names) {
		names.putIfAbsent(outlet.value(), outlet.label());
		sides.computeIfAbsent(outlet.value(), slug -> new long[2])[side] += outlet.count();
	}

}
