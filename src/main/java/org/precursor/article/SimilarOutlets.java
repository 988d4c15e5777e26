package org.precursor.article;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds the outlet an editor probably meant when the typed name is new but close to a recorded one ("Reuter",
 * "Assoc. Press"), so that a typo does not create a second Reuters.
 */
@Component
class SimilarOutlets {

	/** Names at most this many edits apart count as close (for names of eight letters or more; fewer for short ones). */
	private static final int MAX_EDITS = 2;

	private final OutletRepository outlets;

	SimilarOutlets(OutletRepository outlets) {
		this.outlets = outlets;
	}

	/** The recorded outlet close to a name that matches none exactly; empty for a recorded or a clearly new name. */
	Optional<Outlet> closeTo(String typed) {
		if (typed == null || typed.isBlank() || outlets.findByNameIgnoreCase(typed.strip()).isPresent()) {
			return Optional.empty();
		}
		String wanted = letters(typed);
		return outlets.findAllByOrderByNameAsc().stream()
			.filter(outlet -> isClose(wanted, letters(outlet.getName())))
			.min(Comparator.comparingInt(outlet -> distance(wanted, letters(outlet.getName()))));
	}

	static boolean isClose(String typed, String recorded) {
		if (typed.isEmpty() || recorded.isEmpty()) {
			return false;
		}
		if (typed.length() >= 4 && (recorded.startsWith(typed) || typed.startsWith(recorded))) {
			return true;
		}
		int allowed = Math.min(MAX_EDITS, Math.max(typed.length(), recorded.length()) / 4);
		return distance(typed, recorded) <= allowed;
	}

	/** Lowercase letters and digits only, accents folded: "Reuters'" and "reuters" compare alike. */
	static String letters(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]", "");
	}

	/** Edits between two names: insertions, deletions, substitutions and swaps of neighbouring letters. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
