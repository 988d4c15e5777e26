package org.precursor.proposition;

/** A proposition as listed on the admin page. */
public record PropositionRow(Long id, String text, long claims) {
}
