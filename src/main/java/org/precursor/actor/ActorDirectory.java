package org.precursor.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The actors page: actors grouped by type (countries first), then by country, with their claim counts. A large
 * dataset lists only some of its {@code everyone} actors: {@link #isPartial()} says so.
 */
public record ActorDirectory(List<TypeGroup> groups, int total, String query, long everyone) {

	private static final String NO_COUNTRY = "No single country";

	/** All actors of one type. */
	public record TypeGroup(ActorType type, List<CountryGroup> countries, int total) {
	}

	/** The actors of one type from one country. */
	public record CountryGroup(String country, List<ActorListing> actors) {
	}

	static ActorDirectory of(List<ActorListing> listings, String query, long everyone) {
		Map<ActorType, Map<String, List<ActorListing>>> byType = new TreeMap<>();
		for (ActorListing listing : listings) {
			String country = listing.country() == null ? NO_COUNTRY : listing.country();
			byType.computeIfAbsent(listing.type(), type -> new TreeMap<>(countriesFirst()))
				.computeIfAbsent(country, key -> new ArrayList<>())
				.add(listing);
		}
		List<TypeGroup> groups = new ArrayList<>();
		byType.forEach((type, countries) -> {
			List<CountryGroup> countryGroups = countries.entrySet().stream()
				.map(entry -> new CountryGroup(entry.getKey(), List.copyOf(entry.getValue())))
				.toList();
			groups.add(new TypeGroup(type, countryGroups,
					countryGroups.stream().mapToInt(group -> group.actors().size()).sum()));
		});
		return new ActorDirectory(List.copyOf(groups), listings.size(), query, everyone);
	}

	/** Whether the directory leaves out actors: those that made fewer claims, or further matches of a search. */
	public boolean isPartial() {
		return query == null ? total < everyone : total >= ActorPages.DIRECTORY_SHOWN;
	}

	/** Countries alphabetically, with actors tied to no single country last. */
	private static Comparator<String> countriesFirst() {
		return Comparator.comparing((String country) -> country.equals(NO_COUNTRY)).thenComparing(country -> country);
	}

}
