package org.precursor.article;

/** An outlet as the outlets page lists it, with its articles and claims (republished stories included). */
public record OutletListing(OutletRef outlet, OutletKind kind, String country, String description, long articles,
		long claims) {
}
