package org.precursor.proposition;

/** Just enough of a proposition to state it and link to its page. */
public record PropositionRef(String slug, String text) {
}
