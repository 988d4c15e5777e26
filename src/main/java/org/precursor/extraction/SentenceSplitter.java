package org.precursor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a paragraph into sentences by punctuation, knowing the abbreviations of news English ("Rep.", "U.S.",
 * "Jan.") so that titles and dates do not end a sentence.
 */
final class SentenceSplitter {

	private static final Set<String> ABBREVIATIONS = Words.set("mr", "mrs", "ms", "dr", "rep", "reps", "sen", "sens",
			"gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "st", "jr", "sr", "prof", "inc", "corp", "co",
			"ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
			"u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "ft", "mt", "pres", "supt", "insp", "det", "approx",
			"dept", "est", "fig", "rev", "hon", "atty", "e.g", "i.e", "messrs");

	/** Abbreviations that may end a sentence ("grew in the U.S."), unlike titles, which always lead to a name. */
	private static final Set<String> SENTENCE_FINAL = Words.set("u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "inc",
			"corp", "co", "ltd", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
			"dec", "etc");

	/** Words that open a sentence but never continue a name after "U.S." or "Inc.": "… in the U.S. The agency said". */
	private static final Set<String> SENTENCE_OPENERS = Words.set("the", "a", "an", "this", "that", "these", "those",
			"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "most", "many",
			"some", "several", "both", "all", "each", "every", "none", "but", "and", "yet", "so", "still", "however",
			"meanwhile", "in", "on", "at", "after", "before", "when", "while", "if", "as", "since", "although", "though",
			"because", "last", "earlier", "later", "there", "here", "such", "others", "officials", "analysts", "experts",
			"critics", "authorities", "prosecutors", "police", "according", "asked", "then", "now", "instead", "even",
			"only", "one", "two", "three", "what", "why", "how", "who");

	List<int[]> split(String text, int start, int end) {
		List<int[]> sentences = new ArrayList<>();
		int sentenceStart = start;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '!' && c != '?') {
				continue;
			}
			int after = i + 1;
			while (after < end && isCloser(text.charAt(after))) {
				after++;
			}
			if (after >= end || !Character.isWhitespace(text.charAt(after))) {
				continue;
			}
			int next = after;
			while (next < end && Character.isWhitespace(text.charAt(next))) {
				next++;
			}
			if (next >= end || !startsSentence(text.charAt(next))) {
				continue;
			}
			if (c == '.' && after == i + 1 && isAbbreviation(text, sentenceStart, i)
					&& !(endsSentence(text, sentenceStart, i) && opensSentence(text, next, end))) {
				continue;
			}
			sentences.add(new int[] { sentenceStart, after });
			sentenceStart = next;
			i = next - 1;
		}
		if (sentenceStart < end) {
			sentences.add(new int[] { sentenceStart, end });
		}
		return sentences;
	}

	private static boolean isCloser(char c) {
		return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
	}

	private static boolean startsSentence(char c) {
		return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘' || c == '\''
				|| c == '(' || c == '—' || c == '–';
	}

	private static boolean endsSentence(String text, int from, int period) {
		return SENTENCE_FINAL.contains(wordBefore(text, from, period));
	}

	private static boolean opensSentence(String text, int from, int end) {
		int wordEnd = from;
		while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
			wordEnd++;
		}
		return wordEnd < end && SENTENCE_OPENERS.contains(text.substring(from, wordEnd).toLowerCase());
	}

	private static String wordBefore(String text, int from, int period) {
		int wordStart = period;
		while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '“') {
			wordStart--;
		}
		return text.substring(wordStart, period).toLowerCase();
	}

	private static boolean isAbbreviation(String text, int from, int period) {
		int wordStart = period;
		while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '“') {
			wordStart--;
		}
		String word = text.substring(wordStart, period).toLowerCase();
		if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
			return true; // an initial, as in "John F. Kennedy"
		}
		return ABBREVIATIONS.contains(word);
	}

}
