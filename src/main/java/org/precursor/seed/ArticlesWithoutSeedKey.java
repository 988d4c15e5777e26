package org.precursor.seed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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

	private final Map<String, Deque<Article>> byOutletAndTitle = new HashMap<>();

	ArticlesWithoutSeedKey(List<Article> stored) {
		List<Article> inOrder = new ArrayList<>(stored);
		inOrder.sort(Comparator.comparing(Article::getId));
		for (Article article : inOrder) {
			if (article.getUrl() != null) {
				byAddress.put(article.getUrl(), article);
			}
			else {
				byOutletAndTitle
					.computeIfAbsent(outletAndTitle(article.getOutlet(), article.getTitle()), key -> new ArrayDeque<>())
					.add(article);
			}
		}
	}

	/**
	 * The article a row without a seed key stands for, by its canonical address, else by outlet and title; articles
	 * of one outlet and title are matched one to one, in the order of their numbers.
	 */
	Article find(String canonicalUrl, Outlet outlet, String title) {
		if (canonicalUrl != null) {
			return byAddress.get(canonicalUrl);
		}
		Deque<Article> articles = byOutletAndTitle.get(outletAndTitle(outlet, title));
		return articles == null ? null : articles.poll();
	}

	Optional<Article> atAddress(String canonicalUrl) {
		return Optional.ofNullable(byAddress.get(canonicalUrl));
	}

	private static String outletAndTitle(Outlet outlet, String title) {
		return outlet.getSlug() + "\n" + title;
	}

}
