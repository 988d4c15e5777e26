package org.precursor.web;

/**
 * A page's own Atom feed, announced in its head as {@code <link rel="alternate">} so a feed reader given the page
 * finds it; pages put it in their model as {@code feed}.
 */
public record FeedLink(String url, String title) {

	public static final String MODEL_NAME = "feed";

}
