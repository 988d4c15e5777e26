/**
 * Claim extraction: from an article's text, every attributed statement proposed with its speaker, cue and passage,
 * speakers matched to the actors Precursor knows. Behind one interface, {@link org.precursor.extraction.ClaimExtractor};
 * nothing here is saved: an editor reviews the proposals and accepts the ones that become claims.
 */
package org.precursor.extraction;
