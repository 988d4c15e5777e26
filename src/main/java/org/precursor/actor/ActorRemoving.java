package org.precursor.actor;

/** Published inside the delete's transaction, before the actor is deleted; a listener may refuse by throwing. */
public record ActorRemoving(Actor actor) {
}
