package org.precursor.claim;

/** A filter in force on the claims list, as the reader sees it, with the address of the list without it. */
public record ActiveFilter(String label, String removeUrl) {
}
