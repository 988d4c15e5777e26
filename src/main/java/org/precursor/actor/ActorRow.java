package org.precursor.actor;

/** An actor as listed on the admin page. */
public record ActorRow(Long id, String name, String slug, ActorType type, String country, long claimsMade) {
}
