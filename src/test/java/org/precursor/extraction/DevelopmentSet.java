package org.precursor.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.precursor.extraction.SeedFiles.GoldClaim;

/**
 * The development set the repository can hold: for each seed article, its claims' passages in reading order, each
 * once, as one text, with the article's reviewed claims as the gold statements.
 */
final class DevelopmentSet {

	record Article(String key, String text, List<GoldClaim> gold) {
	}

	private DevelopmentSet() {
	}

	static List<Article> articles() {
		Map<String, List<GoldClaim>> byArticle = new LinkedHashMap<>();
		for (GoldClaim claim : SeedFiles.claims()) {
			byArticle.computeIfAbsent(claim.article(), key -> new ArrayList<>()).add(claim);
		}
		List<Article> articles = new ArrayList<>();
		byArticle.forEach((key, claims) -> {
			Set<String> passages = new LinkedHashSet<>();
			for (GoldClaim claim : claims) {
				passages.add(claim.passage().strip());
			}
			articles.add(new Article(key, String.join("\n\n", dropContained(passages)), claims));
		});
		return articles;
	}

	/** A passage wholly inside another (a quote, then the quote with its continuation) is given once. */
	private static List<String> dropContained(Set<String> passages) {
		List<String> kept = new ArrayList<>();
		for (String passage : passages) {
			boolean inside = passages.stream().anyMatch(other -> other != passage && other.length() > passage.length()
					&& other.contains(passage));
			if (!inside) {
				kept.add(passage);
			}
		}
		return kept;
	}

	static ExtractionScore score(ClaimExtractor extractor) {
		ExtractionScore score = new ExtractionScore();
		Map<String, String> names = SeedFiles.actorNames();
		for (Article article : articles()) {
			score.add(extractor.propose(article.text()), article.gold(), names);
		}
		return score;
	}

}
