package org.precursor.seed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.precursor.actor.Actor;
import org.precursor.article.Article;
import org.precursor.claim.Claim;

/**
 * The stored claims an import can match a row without a seed key to: the claim of the same claimant with the same
 * words in the same article. The form refuses such a duplicate, but a database filled otherwise may hold several;
 * they are matched one to one, in the order of their numbers, as the file lists its rows, so that each row takes
 * its own claim and importing the same file again changes nothing.
 */
final class ClaimsWithoutSeedKey {

	private final Map<String, Deque<Claim>> byArticleClaimantAndWords = new HashMap<>();

	ClaimsWithoutSeedKey(List<Claim> stored) {
		List<Claim> inOrder = new ArrayList<>(stored);
		inOrder.sort(Comparator.comparing(Claim::getId));
		for (Claim claim : inOrder) {
			byArticleClaimantAndWords
				.computeIfAbsent(key(claim.getArticle().getId(), claim.getClaimant().getId(), claim.getText()),
						words -> new ArrayDeque<>())
				.add(claim);
		}
	}

	/** The next stored claim of these words not matched yet, or null. */
	Claim find(Article article, Actor claimant, String content) {
		if (article.getId() == null || claimant.getId() == null) {
			return null;
		}
		Deque<Claim> claims = byArticleClaimantAndWords.get(key(article.getId(), claimant.getId(), content));
		return claims == null ? null : claims.poll();
	}

	private static String key(Long article, Long claimant, String content) {
		return article + " " + claimant + " " + content.strip();
	}

}
