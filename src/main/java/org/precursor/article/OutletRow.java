package org.precursor.article;

/** An outlet as listed on the admin page, with how many articles it published or originally reported. */
public record OutletRow(Long id, String name, OutletKind kind, String country, long articles) {
}
