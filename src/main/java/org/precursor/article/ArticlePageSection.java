package org.precursor.article;

import java.util.Map;

/**
 * A section that a feature built on articles adds to the public article page (the claims add what the article
 * reports and whom it quotes), so this feature need not depend on it. It is called inside the page's read-only
 * transaction; its model entries are rendered by the page's template.
 */
public interface ArticlePageSection {

	Map<String, Object> forArticle(Article article);

}
