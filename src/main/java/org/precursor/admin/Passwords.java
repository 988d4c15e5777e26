package org.precursor.admin;

import java.security.SecureRandom;

/** The rules every password must meet, and strong generated ones for accounts created without one. */
final class Passwords {

	static final int MINIMUM_LENGTH = 12;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private Passwords() {
	}

	/** Why a password is not acceptable, or null when it is. */
	static String problemWith(String password) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			return "Use at least " + MINIMUM_LENGTH + " characters.";
		}
		if (password.length() > 72) {
			return "Use at most 72 characters.";
		}
		return null;
	}

	/** 24 characters from 57 symbols: about 140 bits, with no look-alike characters to mistype. */
	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 24; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
