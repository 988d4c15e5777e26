package org.precursor.extraction;

import java.util.List;

/**
 * Proposes the attributed statements of an article's text: direct quotes and reported speech, each with who said
 * it. The conventions follow PARC: a direct statement's content is the words between the quotation marks; a
 * reported one's the reported clause without "that" and the final period.
 */
public interface ClaimExtractor {

	/** The statements in the text, in reading order; none for a text without attributed statements. */
	List<ProposedClaim> propose(String text);

}
