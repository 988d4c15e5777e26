package org.precursor.proposition;

/**
 * One proposition as its own feature knows it; the claims on each side come from {@link PropositionPageSection}s.
 */
public record PropositionPage(PropositionListing proposition) {
}
