package org.precursor.article;

/** Published inside the save's transaction when an article's publication date changed. */
public record ArticleRedated(Article article) {
}
