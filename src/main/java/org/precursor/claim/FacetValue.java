package org.precursor.claim;

/** One choice in a facet of the claims list: its value in the address, its label and how many claims it has. */
public record FacetValue(String value, String label, long count, boolean selected) {
}
