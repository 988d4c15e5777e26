package org.precursor.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.precursor.article.Article;
import org.precursor.article.Outlet;

/**
 * The stored articles an import can match a row to, indexed once: by address, and for an article without one by
 * outlet and title. Looking them up in memory keeps a large import from querying the database for every row.
 */
final class ArticlesWithoutSeedKey {

	private final Map<String, Article> byAddress = new HashMap<>();

	private final OneToOne<Article> byOutletAndTitle;

	ArticlesWithoutSeedKey(List<Article> stored) {
		for (Article article : stored) {
			if (article.getUrl() != null) {
				byAddress.put(article.getUrl(), article);
			}
		}
		byOutletAndTitle = new OneToOne<>(stored, Article::getId,
				article -> article.getUrl() != null ? null : outletAndTitle(article.getOutlet(), article.getTitle()));
	}

	/** The article a row without a seed key stands for, by its canonical address, else by outlet and title. */
	Article find(String canonicalUrl, Outlet outlet, String title) {
		if (canonicalUrl != null) {
			return byAddress.get(canonicalUrl);
		}
		return byOutletAndTitle.next(outletAndTitle(outlet, title));
	}

	Optional<Article> atAddress(String canonicalUrl) {
		return Optional.ofNullable(byAddress.get(canonicalUrl));
	}

	private static String outletAndTitle(Outlet outlet, String title) {
		return outlet.getSlug() + "\n" + title;
	}

}
