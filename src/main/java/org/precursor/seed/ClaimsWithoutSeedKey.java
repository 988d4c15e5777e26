package org.precursor.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.precursor.actor.Actor;
import org.precursor.article.Article;
import org.precursor.claim.Claim;

/**
 * The stored claims an import can match a row without a seed key to: the claim of the same claimant with the same
 * words in the same article. The form refuses such a duplicate, so the three identify a claim.
 */
final class ClaimsWithoutSeedKey {

	private final Map<String, Claim> byArticleClaimantAndWords = new HashMap<>();

	ClaimsWithoutSeedKey(List<Claim> stored) {
		for (Claim claim : stored) {
			byArticleClaimantAndWords.putIfAbsent(
					key(claim.getArticle().getId(), claim.getClaimant().getId(), claim.getText()), claim);
		}
	}

	Claim find(Article article, Actor claimant, String content) {
		if (article.getId() == null || claimant.getId() == null) {
			return null;
		}
		return byArticleClaimantAndWords.get(key(article.getId(), claimant.getId(), content));
	}

	private static String key(Long article, Long claimant, String content) {
		return article + " " + claimant + " " + content.strip();
	}

}
