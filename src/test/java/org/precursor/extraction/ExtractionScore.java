package org.precursor.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.precursor.extraction.SeedFiles.GoldClaim;

/**
 * Scores proposed statements against reviewed ones, matching each gold statement to at most one proposal, greedily
 * by word overlap (Dice over words). Overlap precision and recall give partial credit per matched pair; a pair
 * counts as a match at a Dice of at least {@link #MATCH}.
 */
final class ExtractionScore {

	static final double MATCH = 0.5;

	private static final double LINK = 0.2;

	private int proposed;

	private int gold;

	private double overlapOfProposed;

	private double overlapOfGold;

	private int matched;

	private int exact;

	private int speakerRight;

	private int directGold;

	private int directFound;

	private final List<String> misses = new ArrayList<>();

	/** Adds one text's proposals and gold statements; speakers compare by actor slug or by name. */
	void add(List<ProposedClaim> proposals, List<GoldClaim> golds, Map<String, String> actorNames) {
		proposed += proposals.size();
		gold += golds.size();
		record Pair(int p, int g, double dice, int common) {
		}
		List<Pair> pairs = new ArrayList<>();
		for (int p = 0; p < proposals.size(); p++) {
			List<String> pw = words(proposals.get(p).content());
			for (int g = 0; g < golds.size(); g++) {
				List<String> gw = words(golds.get(g).content());
				int common = common(pw, gw);
				double dice = pw.isEmpty() && gw.isEmpty() ? 0 : 2.0 * common / (pw.size() + gw.size());
				if (dice >= LINK) {
					pairs.add(new Pair(p, g, dice, common));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::dice).reversed());
		boolean[] usedP = new boolean[proposals.size()];
		boolean[] usedG = new boolean[golds.size()];
		for (Pair pair : pairs) {
			if (usedP[pair.p()] || usedG[pair.g()]) {
				continue;
			}
			usedP[pair.p()] = true;
			usedG[pair.g()] = true;
			ProposedClaim proposal = proposals.get(pair.p());
			GoldClaim goldClaim = golds.get(pair.g());
			overlapOfProposed += (double) pair.common() / Math.max(1, words(proposal.content()).size());
			overlapOfGold += (double) pair.common() / Math.max(1, words(goldClaim.content()).size());
			if (pair.dice() >= MATCH) {
				matched++;
				if (normal(proposal.content()).equals(normal(goldClaim.content()))) {
					exact++;
				}
				if (speakerMatches(proposal, goldClaim, actorNames)) {
					speakerRight++;
				}
				else {
					misses.add("speaker " + proposal.speaker() + " for " + goldClaim.claimants() + ": "
							+ abbreviate(goldClaim.content()));
				}
			}
		}
		for (int g = 0; g < golds.size(); g++) {
			if (golds.get(g).direct()) {
				directGold++;
				if (usedG[g] && matchedAt(pairs, g, usedP, proposals, golds)) {
					directFound++;
				}
			}
			if (!usedG[g]) {
				misses.add("missed " + (golds.get(g).direct() ? "direct " : "") + abbreviate(golds.get(g).content()));
			}
		}
		for (int p = 0; p < proposals.size(); p++) {
			if (!usedP[p]) {
				misses.add("spurious " + abbreviate(proposals.get(p).content()) + " — " + proposals.get(p).speaker().name());
			}
		}
	}

	private static boolean matchedAt(List<?> pairs, int g, boolean[] usedP, List<ProposedClaim> proposals,
			List<GoldClaim> golds) {
		List<String> gw = words(golds.get(g).content());
		for (int p = 0; p < proposals.size(); p++) {
			List<String> pw = words(proposals.get(p).content());
			if (usedP[p] && 2.0 * common(pw, gw) / (pw.size() + gw.size()) >= MATCH) {
				return true;
			}
		}
		return false;
	}

	private static boolean speakerMatches(ProposedClaim proposal, GoldClaim gold, Map<String, String> actorNames) {
		String actor = proposal.speaker().actor();
		if (actor != null) {
			return gold.claimants().contains(actor);
		}
		for (String claimant : gold.claimants()) {
			// an unknown speaker is right when named as the reviewers named the actor, or by one of its aliases
			for (String name : actorNames.getOrDefault(claimant, "").split(";")) {
				if (!name.isBlank() && label(name).equals(label(proposal.speaker().name()))) {
					return true;
				}
			}
		}
		return false;
	}

	double overlapPrecision() {
		return proposed == 0 ? 0 : overlapOfProposed / proposed;
	}

	double overlapRecall() {
		return gold == 0 ? 0 : overlapOfGold / gold;
	}

	double matchPrecision() {
		return proposed == 0 ? 0 : (double) matched / proposed;
	}

	double matchRecall() {
		return gold == 0 ? 0 : (double) matched / gold;
	}

	double exactPrecision() {
		return proposed == 0 ? 0 : (double) exact / proposed;
	}

	double exactRecall() {
		return gold == 0 ? 0 : (double) exact / gold;
	}

	double speakerAccuracy() {
		return matched == 0 ? 0 : (double) speakerRight / matched;
	}

	double directRecall() {
		return directGold == 0 ? 0 : (double) directFound / directGold;
	}

	List<String> misses() {
		return misses;
	}

	String summary() {
		return String.format(Locale.ROOT,
				"proposed %d, gold %d, matched %d%n"
						+ "overlap precision %.3f, overlap recall %.3f%n"
						+ "match precision %.3f, match recall %.3f (Dice >= %.1f)%n"
						+ "exact precision %.3f, exact recall %.3f%n"
						+ "speaker accuracy %.3f, direct-quote recall %.3f",
				proposed, gold, matched, overlapPrecision(), overlapRecall(), matchPrecision(), matchRecall(), MATCH,
				exactPrecision(), exactRecall(), speakerAccuracy(), directRecall());
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private static int common(List<String> a, List<String> b) {
		Map<String, Integer> counts = new HashMap<>();
		for (String word : a) {
			counts.merge(word, 1, Integer::sum);
		}
		int common = 0;
		for (String word : b) {
			Integer left = counts.get(word);
			if (left != null && left > 0) {
				common++;
				counts.put(word, left - 1);
			}
		}
		return common;
	}

	/** A speaker's name without the words that only say how definite it is: "unnamed source" is "a source". */
	private static String label(String name) {
		return normal(name).replaceAll("^(?:(?:unnamed|a|an|the|some|other)\\s+)+", "");
	}

	private static String normal(String text) {
		return String.join(" ", words(text));
	}

	private static String abbreviate(String text) {
		return text.length() > 110 ? text.substring(0, 110) + "…" : text;
	}

}
