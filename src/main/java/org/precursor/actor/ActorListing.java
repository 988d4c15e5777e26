package org.precursor.actor;

/** An actor's line in the directory of actors: who it is, where it belongs, and how many claims involve it. */
public record ActorListing(Long id, String slug, String name, ActorType type, String country, String role,
		String parentSlug, String parentName, long claimsMade, long claimsAbout) {

	public ActorListing(Long id, String slug, String name, ActorType type, String country, String role,
			String parentSlug, String parentName) {
		this(id, slug, name, type, country, role, parentSlug, parentName, 0, 0);
	}

	ActorListing withCounts(long made, long about) {
		return new ActorListing(id, slug, name, type, country, role, parentSlug, parentName, made, about);
	}

}
