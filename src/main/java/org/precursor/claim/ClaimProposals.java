package org.precursor.claim;

import java.util.List;

/**
 * The claims an article's text suggests, for an editor to review on the article's page. The claim extractor sits
 * beside this package, so the feature that knows both supplies this port; nothing proposed is saved.
 */
public interface ClaimProposals {

	/** The longest text proposed from at once: a long article runs to about 30,000 characters. */
	int LONGEST_TEXT = 100_000;

	/** The text's attributed statements in reading order; refuses with {@link Unavailable} when there is no extractor. */
	List<Proposal> propose(String text);

	/**
	 * One proposed claim.
	 *
	 * @param speakerName who said it, as resolved: a known actor's name, else the text's fullest name for them
	 * @param speakerActor the slug of the known actor, or null when the speaker is no actor Precursor knows
	 */
	record Proposal(String content, boolean direct, String cue, String speakerMention, String speakerName,
			String speakerActor, int contentStart, String passage) {
	}

	/** This installation proposes no claims: no extractor is configured. */
	class Unavailable extends RuntimeException {

		public Unavailable() {
			super("Claim extraction is not available on this server.");
		}

	}

}
