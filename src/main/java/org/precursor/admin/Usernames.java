package org.precursor.admin;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a username that accounts are stored, looked up and throttled under: NFKC, then case folded
 * independently of the server's locale, so that "ADMIN", "ａｄｍｉｎ" (full-width) and "admın" (dotless i) are all
 * "admin" and share one account and one count of failed sign-ins.
 */
final class Usernames {

	private Usernames() {
	}

	static String normalise(String username) {
		if (username == null) {
			return "";
		}
		String compatible = Normalizer.normalize(username.strip(), Normalizer.Form.NFKC);
		// Upper then lower case folds letters whose lower case has no upper case of its own, such as the dotless i.
		String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		return Normalizer.normalize(folded, Normalizer.Form.NFKC);
	}

}
