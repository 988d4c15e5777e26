package org.precursor.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Splits a text around the places where the searched words occur, ignoring case, so that a page can mark why a
 * result matched. Templates reach it as {@code @highlight}; each part is written escaped, the matched ones inside
 * {@code <mark>}.
 */
@Component("highlight")
public class Highlighting {

	/** A piece of the text, and whether it is an occurrence of the searched words. */
	public record Part(String text, boolean match) {
	}

	/** The text in parts; the whole text as one unmatched part when nothing is searched or nothing matches. */
	public List<Part> in(String text, String searched) {
		List<Part> parts = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return parts;
		}
		String words = searched == null ? "" : searched.strip();
		if (words.isEmpty()) {
			parts.add(new Part(text, false));
			return parts;
		}
		int from = 0;
		int at = find(text, words, 0);
		while (at >= 0) {
			if (at > from) {
				parts.add(new Part(text.substring(from, at), false));
			}
			parts.add(new Part(text.substring(at, at + words.length()), true));
			from = at + words.length();
			at = find(text, words, from);
		}
		if (from < text.length()) {
			parts.add(new Part(text.substring(from), false));
		}
		return parts;
	}

	/** Where the words next occur from {@code start}, ignoring case, without changing the text's length. */
	private static int find(String text, String words, int start) {
		for (int at = start; at + words.length() <= text.length(); at++) {
			if (text.regionMatches(true, at, words, 0, words.length())) {
				return at;
			}
		}
		return -1;
	}

}
