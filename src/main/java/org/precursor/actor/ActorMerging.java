package org.precursor.actor;

/** Published inside the merge's transaction, before the duplicate is deleted, so other features can follow. */
public record ActorMerging(Actor duplicate, Actor survivor) {
}
