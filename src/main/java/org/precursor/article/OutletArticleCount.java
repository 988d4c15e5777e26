package org.precursor.article;

/** How many articles one outlet published or originally reported. */
public record OutletArticleCount(Long outletId, long articles) {
}
