package org.precursor.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An article address in the one form we compare and store: lower-case scheme and host, no default port, no
 * fragment, no {@code utm_*} tracking parameters and no trailing slash. Two addresses for the same story
 * therefore collide on the unique constraint instead of creating a duplicate article.
 */
public record CanonicalUrl(String value) {

	public static CanonicalUrl of(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new IllegalArgumentException("A URL is required.");
		}
		URI uri;
		try {
			uri = new URI(raw.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("This is not a valid web address.");
		}
		String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
			throw new IllegalArgumentException("Enter a full web address starting with http:// or https://.");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
			.filter(param -> !param.isEmpty() && !param.toLowerCase(Locale.ROOT).startsWith("utm_"))
			.collect(Collectors.joining("&"));
		StringBuilder canonical = new StringBuilder(scheme).append("://").append(host);
		if (!defaultPort) {
			canonical.append(':').append(port);
		}
		canonical.append(path);
		if (query != null && !query.isEmpty()) {
			canonical.append('?').append(query);
		}
		return new CanonicalUrl(canonical.toString());
	}

	@Override
	public String toString() {
		return value;
	}

}
