package org.precursor.home;

/** How much the dataset holds, shown on the home page. */
public record DatasetCounts(long outlets, long articles, long actors, long claims, long propositions) {
}
