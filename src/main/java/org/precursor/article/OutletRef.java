package org.precursor.article;

/** Just enough of an outlet to name it and link to its page. */
public record OutletRef(String slug, String name) {
}
