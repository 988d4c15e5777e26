package org.precursor.article;

import java.util.List;

import org.precursor.web.Pagination;

/** One page of the articles list, newest first, and the way to the others. */
public record ArticleList(List<ArticleListing> articles, Pagination pagination) {
}
