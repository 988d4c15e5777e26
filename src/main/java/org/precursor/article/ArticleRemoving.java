package org.precursor.article;

/** Published inside the delete's transaction, before the article is deleted; a listener may refuse by throwing. */
public record ArticleRemoving(Article article) {
}
