package org.precursor.claim;

/**
 * Checks that a direct quote appears word for word in the article's text, after folding whitespace and curly
 * quotes. A quote interrupted by "he said" is stored as its segments joined by " […] ", in the source's order.
 */
final class VerbatimQuote {

	private VerbatimQuote() {
	}

	static boolean appearsIn(String quote, String source) {
		String text = normalized(source);
		int from = 0;
		for (String segment : quote.split("\\[…\\]")) {
			String words = normalized(segment);
			if (words.isEmpty()) {
				continue;
			}
			int at = text.indexOf(words, from);
			if (at < 0) {
				return false;
			}
			from = at + words.length();
		}
		return true;
	}

	private static String normalized(String text) {
		return text.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
			.replaceAll("(?U)\\s+", " ")
			.strip();
	}

}
