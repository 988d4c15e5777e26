package org.precursor.admin;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** The rules every password must meet, and strong generated ones for accounts created without one. */
final class Passwords {

	static final int MINIMUM_LENGTH = 12;

	/** BCrypt reads at most 72 bytes of a password, in UTF-8; a longer one cannot be stored. */
	static final int MAXIMUM_BYTES = 72;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private Passwords() {
	}

	/** Why a password is not acceptable, or null when it is. */
	static String problemWith(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return "Use at least " + MINIMUM_LENGTH + " characters.";
		}
		int bytes = bytes(password);
		if (bytes > MAXIMUM_BYTES) {
			return "This password is too long: it takes " + bytes + " bytes and at most " + MAXIMUM_BYTES
					+ " fit. Letters such as é take 2 bytes, and 中 or € take 3.";
		}
		return null;
	}

	static int bytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length;
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
