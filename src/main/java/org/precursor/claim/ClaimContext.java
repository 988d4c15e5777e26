package org.precursor.claim;

/**
 * A claim's passage split around its content, so pages can show the article's own sentence with the claimed words
 * marked, together with the attribution cue and the speaker as the article words them.
 */
public record ClaimContext(String before, String content, String after, String cue, String speakerMention) {

	/** The context of a claim, or null when its passage is not recorded or no longer holds its content. */
	static ClaimContext of(String passage, Integer contentStart, String content, String cue, String speakerMention) {
		if (passage == null || contentStart == null || contentStart < 0
				|| !passage.startsWith(content, contentStart)) {
			return null;
		}
		int end = contentStart + content.length();
		return new ClaimContext(passage.substring(0, contentStart), content, passage.substring(end), cue,
				speakerMention);
	}

	public String passage() {
		return before + content + after;
	}

}
