package org.precursor.actor;

/** Just enough of an actor to name it and link to its page. */
public record ActorRef(String slug, String name) {
}
