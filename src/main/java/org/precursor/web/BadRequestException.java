package org.precursor.web;

/**
 * A request parameter that cannot be used as it is; shown to readers as a 400 page (and to scripts as an RFC 9457
 * problem) naming the parameter and saying what would be understood instead.
 */
public class BadRequestException extends RuntimeException {

	/** The longest search text a page accepts; longer text is refused rather than searched. */
	public static final int MAX_QUERY_LENGTH = 500;

	private final String parameter;

	private final String value;

	public BadRequestException(String parameter, String value, String message) {
		super(message);
		this.parameter = parameter;
		this.value = value;
	}

	public String parameter() {
		return parameter;
	}

	public String value() {
		return value;
	}

	/** Refuses search text longer than {@link #MAX_QUERY_LENGTH}; returns the text otherwise. */
	public static String refuseLongQuery(String parameter, String text) {
		if (text != null && text.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException(parameter, shortened(text), "The search text in “" + parameter + "” is "
					+ text.length() + " characters long; keep it under " + MAX_QUERY_LENGTH + " characters.");
		}
		return text;
	}

	/** A value as it can be quoted back to the reader without repeating a whole overlong text. */
	public static String shortened(String value) {
		if (value == null) {
			return "";
		}
		return value.length() <= 60 ? value : value.substring(0, 57) + "…";
	}

}
