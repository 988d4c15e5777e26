package org.precursor.generate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Which synthetic claims each synthetic article carries, and what the claims need to know of their article: its
 * date, the outlet that did the reporting, whether it is off topic. Every article carries at least one claim, a
 * few carry dozens; claims are numbered article by article, so an article's claims are a run of numbers and a
 * claim's position is its place in that run.
 */
final class ArticleLayout {

	private static final int UNDATED = Integer.MIN_VALUE;

	private final int[] firstClaim;

	private final int[] publishedOn;

	private final int[] reportingOutlet;

	private final BitSet offTopic;

	private ArticleLayout(int[] firstClaim) {
		this.firstClaim = firstClaim;
		int articles = firstClaim.length - 1;
		this.publishedOn = new int[articles];
		this.reportingOutlet = new int[articles];
		this.offTopic = new BitSet(articles);
	}

	/**
	 * Spreads the claims over the articles: one each, and the rest in proportion to a random weight per article, so
	 * that the first claims of consecutive articles are strictly increasing.
	 */
	static ArticleLayout of(int articles, int claims, RandomStreams streams) {
		double[] cumulative = new double[articles];
		double sum = 0;
		for (int article = 0; article < articles; article++) {
			SplittableRandom random = streams.of(RandomStreams.LAYOUT, article);
			sum += -Math.log(1 - random.nextDouble());
			cumulative[article] = sum;
		}
		int spare = claims - articles;
		int[] first = new int[articles + 1];
		for (int article = 1; article < articles; article++) {
			first[article] = article + (int) (spare * (cumulative[article - 1] / sum));
		}
		first[articles] = claims;
		return new ArticleLayout(first);
	}

	int articles() {
		return publishedOn.length;
	}

	int claims() {
		return firstClaim[firstClaim.length - 1];
	}

	int firstClaim(int article) {
		return firstClaim[article];
	}

	/** The article a claim belongs to. */
	int articleOf(int claim) {
		int found = Arrays.binarySearch(firstClaim, claim);
		return found >= 0 ? found : -found - 2;
	}

	void describe(int article, LocalDate published, int outletRank, boolean isOffTopic) {
		publishedOn[article] = published == null ? UNDATED : (int) published.toEpochDay();
		reportingOutlet[article] = outletRank;
		offTopic.set(article, isOffTopic);
	}

	LocalDate publishedOn(int article) {
		return publishedOn[article] == UNDATED ? null : LocalDate.ofEpochDay(publishedOn[article]);
	}

	int reportingOutlet(int article) {
		return reportingOutlet[article];
	}

	boolean isOffTopic(int article) {
		return offTopic.get(article);
	}

}
