package org.precursor.actor;

/** An actor whose name or one of whose aliases matched a search; {@code alias} is null when only the name did. */
public record NameMatch(String slug, String name, ActorType type, String country, String alias) {
}
