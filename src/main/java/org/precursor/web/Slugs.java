package org.precursor.web;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into the lowercase, hyphenated slugs used in URLs such as {@code /actors/liu-pengyu}. */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replace('’', '\'')
			.replace("'", "")
			.replaceAll("[^\\p{L}\\p{N}]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "untitled" : slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.matches("[\\p{Ll}\\p{N}]+(-[\\p{Ll}\\p{N}]+)*") && slug.length() <= 120;
	}

}
