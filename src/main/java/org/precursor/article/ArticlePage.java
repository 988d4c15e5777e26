package org.precursor.article;

/** One article as this feature knows it; its claims come from {@link ArticlePageSection}s. */
public record ArticlePage(ArticleListing article, String url, String language, boolean offTopic) {
}
