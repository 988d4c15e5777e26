package org.precursor.web;

/**
 * The site's public address as readers reach it ({@code precursor.base-url}), for every address that must be whole:
 * canonical links, permalinks, feeds, exports and structured data. Never taken from the request's Host header,
 * which anyone can set. Read it with {@code @Value(SiteAddress.PROPERTY) String baseUrl}, then {@link #at}.
 */
public final class SiteAddress {

	/** The property, with its default, for {@code @Value}. */
	public static final String PROPERTY = "${precursor.base-url:http://localhost:8080}";

	private final String baseUrl;

	private SiteAddress(String baseUrl) {
		this.baseUrl = baseUrl.strip().replaceFirst("/+$", "");
	}

	public static SiteAddress at(String baseUrl) {
		return new SiteAddress(baseUrl);
	}

	/** The site's address without a final slash, such as {@code https://precursor.example.org}. */
	public String base() {
		return baseUrl;
	}

	/** A path on this site ({@code /claims/12}) as a whole address. */
	public String of(String path) {
		return baseUrl + path;
	}

}
