package org.precursor.search;

import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorType;

/** An actor found by name or alias; {@code matchedAlias} says which alias matched when the name did not. */
public record ActorHit(ActorRef actor, ActorType type, String country, String matchedAlias, int rank) {
}
