package org.precursor.extraction;

/**
 * One attributed statement found in a text, for an editor to review.
 *
 * @param content the asserted words, verbatim and contiguous in the text
 * @param direct whether the whole content stood inside quotation marks
 * @param cue the attribution's verb or phrase as written ("said", "according to"), or null
 * @param speakerMention the words that name the speaker where the statement is attributed ("he", "the embassy")
 * @param speaker who said it, resolved
 * @param contentStart where the content starts in the passage, counted in characters
 * @param passage the sentences that carry the content and its attribution, verbatim
 */
public record ProposedClaim(String content, boolean direct, String cue, String speakerMention,
		ProposedSpeaker speaker, int contentStart, String passage) {

	/**
	 * @param name the resolved name: a known actor's name when matched, else the fullest form the text gives or a
	 * descriptive label ("unnamed DEA official")
	 * @param actor the slug of the known actor, or null
	 */
	public record ProposedSpeaker(String name, String actor) {
	}

}
