package org.precursor.generate;

import java.util.SplittableRandom;

import org.precursor.web.Slugs;

import static org.precursor.generate.Vocabulary.pick;

/** Sentences and names built from the {@link Vocabulary}: readable, on theme, and plainly synthetic. */
final class SyntheticText {

	static final int FEWEST_WORDS = 8;

	static final int MOST_WORDS = 40;

	private SyntheticText() {
	}

	/**
	 * A claim's content about the subject: clauses joined until a drawn length between {@value #FEWEST_WORDS} and {@value #MOST_WORDS}
	 * words is reached, shorter ones more often, lower case first (the attribution decides the case).
	 */
	static String content(String subject, SplittableRandom random) {
		int target = FEWEST_WORDS + (int) (Math.pow(random.nextDouble(), 1.8) * (MOST_WORDS - FEWEST_WORDS));
		StringBuilder text = new StringBuilder(256);
		int words = clause(text, subject, random, true);
		while (words < target) {
			int end = text.length();
			text.append(", ");
			int added = append(text, pick(Vocabulary.CONNECTORS, random)) + 1;
			text.append(' ');
			added += clause(text, pick(Vocabulary.SUBJECTS, random), random, random.nextBoolean());
			if (words + added > MOST_WORDS) {
				text.setLength(end);
				break;
			}
			words += added;
		}
		return text.toString();
	}

	/** An article's title: one clause, capitalised. */
	static String headline(SplittableRandom random) {
		StringBuilder text = new StringBuilder(96);
		clause(text, pick(Vocabulary.SUBJECTS, random), random, false);
		return capitalised(text.toString());
	}

	/** The subject, a verb and a place, with a time when asked; returns its number of words. */
	static int clause(StringBuilder text, String subject, SplittableRandom random, boolean withTail) {
		int words = append(text, subject);
		text.append(' ');
		words += append(text, pick(Vocabulary.VERBS, random));
		text.append(' ');
		words += append(text, pick(Vocabulary.PLACES, random));
		if (withTail) {
			text.append(' ');
			words += append(text, pick(Vocabulary.TAILS, random));
		}
		return words;
	}

	static String personName(SplittableRandom random) {
		return pick(Vocabulary.FIRST_NAMES, random) + " " + pick(Vocabulary.SURNAMES, random);
	}

	/** A slug for the words, at most about a hundred characters, made unique by the record's number. */
	static String slug(String words, int number) {
		String slug = Slugs.of(words);
		if (slug.length() > 90) {
			int cut = slug.lastIndexOf('-', 90);
			slug = slug.substring(0, cut > 0 ? cut : 90);
		}
		return slug + "-" + number;
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static int append(StringBuilder text, String words) {
		text.append(words);
		int count = 1;
		for (int i = 0; i < words.length(); i++) {
			if (words.charAt(i) == ' ') {
				count++;
			}
		}
		return count;
	}

}
