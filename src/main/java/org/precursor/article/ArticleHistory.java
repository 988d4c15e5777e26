package org.precursor.article;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.precursor.history.RecordType;

/** How articles and outlets appear in the change history: the same fields as on their forms. */
@Configuration(proxyBeanMethods = false)
class ArticleHistory {

	@Bean
	RecordType<Article> articleRecords() {
		return new RecordType<>(Article.class, "Article", Article::getId, Article::getTitle,
				article -> ArticleForm.of(article).describe(), id -> "/admin/articles/" + id);
	}

	@Bean
	RecordType<Outlet> outletRecords() {
		return new RecordType<>(Outlet.class, "Outlet", Outlet::getId, Outlet::getName,
				outlet -> OutletForm.of(outlet).describe(), id -> "/admin/outlets/" + id + "/edit");
	}

}
