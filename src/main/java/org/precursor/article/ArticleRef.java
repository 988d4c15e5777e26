package org.precursor.article;

/** Just enough of an article to name it and link to its page. */
public record ArticleRef(Long id, String title) {
}
