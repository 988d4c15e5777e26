package org.precursor.proposition;

import java.util.Locale;

/** The side a claim takes on a proposition. */
public enum Stance {

	SUPPORTS, DISPUTES;

	public static Stance parse(String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("Stance must be 'supports' or 'disputes', not '" + value + "'.");
		}
	}

	public String label() {
		return this == SUPPORTS ? "Supports" : "Disputes";
	}

	public Stance opposite() {
		return this == SUPPORTS ? DISPUTES : SUPPORTS;
	}

}
