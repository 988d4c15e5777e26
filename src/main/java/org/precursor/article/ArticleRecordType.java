package org.precursor.article;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.history.RecordType;

/** How articles appear in the change history: the same fields as on their form. */
@Component
class ArticleRecordType implements RecordType<Article> {

	@Override
	public Class<Article> type() {
		return Article.class;
	}

	@Override
	public String label() {
		return "Article";
	}

	@Override
	public Long id(Article article) {
		return article.getId();
	}

	@Override
	public String name(Article article) {
		return article.getTitle();
	}

	@Override
	public Map<String, String> fields(Article article) {
		return ArticleForm.of(article).describe();
	}

	@Override
	public String adminPath(Long id) {
		return "/admin/articles/" + id;
	}

}
