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
			if (c == '.' && after == i + 1 && isAbbreviation(text, sentenceStart, i)) {
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
		return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘' || c == '('
				|| c == '—' || c == '–';
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
