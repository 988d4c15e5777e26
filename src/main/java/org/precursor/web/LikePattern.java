package org.precursor.web;

import java.util.Locale;

/**
 * A case-insensitive "contains" pattern for JPQL {@code like ... escape '!'}, so that a reader's {@code %} or
 * {@code _} is matched literally instead of acting as a wildcard.
 */
public final class LikePattern {

	public static final char ESCAPE = '!';

	private LikePattern() {
	}

	public static String containing(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		StringBuilder pattern = new StringBuilder("%");
		for (char ch : lower.toCharArray()) {
			if (ch == '%' || ch == '_' || ch == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(ch);
		}
		return pattern.append('%').toString();
	}

}
