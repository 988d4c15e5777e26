package org.precursor.web;

/** Text typed into a form as it is shown back and compared: trimmed, and empty rather than missing. */
public final class FormText {

	private FormText() {
	}

	public static String orEmpty(String value) {
		return value == null ? "" : value.strip();
	}

}
