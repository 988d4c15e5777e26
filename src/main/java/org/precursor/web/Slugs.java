package org.precursor.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

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

	/** A slug for the name that is not taken yet: "reuters", else "reuters-2", "reuters-3" and so on. */
	public static String available(String name, Predicate<String> taken) {
		String base = of(name);
		if (base.length() > 100) {
			base = base.substring(0, 100).replaceAll("-+$", "");
		}
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.matches("[\\p{Ll}\\p{N}]+(-[\\p{Ll}\\p{N}]+)*") && slug.length() <= 120;
	}

}
