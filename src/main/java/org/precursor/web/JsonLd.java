package org.precursor.web;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A page's schema.org description as JSON-LD, ready to stand inside {@code <script type="application/ld+json">} in
 * its head (a data block, which the Content-Security-Policy lets be since it never runs). The text is JSON with
 * {@code <}, {@code >} and {@code &} written as Unicode escapes, so no quotation or title can end the element or
 * open another, whatever it holds; the line and paragraph separators are escaped too. Pages put it in their model as
 * {@code jsonLd}.
 */
public record JsonLd(String json) {

	public static final String MODEL_NAME = "jsonLd";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static JsonLd of(Map<String, ?> document) {
		return new JsonLd(escaped(JSON.writeValueAsString(document)));
	}

	static String escaped(String json) {
		StringBuilder safe = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
				case '<' -> safe.append("\\u003c");
				case '>' -> safe.append("\\u003e");
				case '&' -> safe.append("\\u0026");
				case '\u2028' -> safe.append("\\u2028");
				case '\u2029' -> safe.append("\\u2029");
				default -> safe.append(c);
			}
		}
		return safe.toString();
	}

}
