package org.precursor.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.TextLayout.Unit;

/**
 * Where the speaker stands in a sentence: the subject before a reporting verb (intro phrases, clause breaks,
 * relative clauses and appositions taken into account), or the phrase between a statement and its final verb.
 */
final class Subjects {

	private final String text;

	private final String masked;

	Subjects(TextLayout layout) {
		this.text = layout.plain;
		this.masked = layout.masked;
	}

	static final Set<String> SUBJECT_STARTS = Words.set("he", "she", "they", "it", "we", "i", "the", "a", "an",
			"some", "one", "another", "other", "many", "several", "both", "most", "two", "three", "four", "few",
			"officials", "sources", "experts", "investigators", "analysts", "critics", "prosecutors", "authorities",
			"researchers", "lawmakers", "police", "residents", "advocates", "scientists", "supporters", "opponents",
			"documents", "records", "data", "court", "his", "her", "their", "its", "this", "that", "these", "those",
			"agents", "diplomats", "activists", "economists", "doctors", "officers", "members", "people", "veterans",
			"victims", "families", "parents", "students", "federal", "state", "local", "senior", "former", "top",
			"chinese", "american", "mexican", "canadian", "u.s.", "us", "all", "each", "no", "any");

	private static final Set<String> NOT_SUBJECTS = Words.set("who", "which", "that", "what", "where", "when", "it",
			"there", "this");

	/**
	 * Where a subject holds a verb of its own ("Officials described it as halting and said …"), the subject is what
	 * precedes that verb; a participle after a noun ("a report released Tuesday") stays part of it.
	 */
	int beforeOwnVerb(PartsOfSpeech.Tagged tagged, int start, int end) {
		for (int i = 0; i < tagged.starts().length; i++) {
			int at = tagged.starts()[i];
			if (at < start || tagged.ends()[i] > end) {
				continue;
			}
			String tag = tagged.tags()[i];
			if (!tag.contains("VERB") && !tag.contains("AUX")) {
				continue;
			}
			// only a coordinated verb ("described it as halting and said") or an auxiliary ("That’s something he
			// said") ends the subject; a participle ("a report released Tuesday") belongs to it
			boolean coordinated = masked.substring(at, end).matches("(?s).*\\s(?:and|but)(?:\\s.*|\\s*)$");
			if (!tag.contains("AUX") && !coordinated) {
				continue;
			}
			int cut = at;
			while (cut > start && Character.isWhitespace(text.charAt(cut - 1))) {
				cut--;
			}
			return cut; // at the start: the subject is a clause of its own ("That’s something he said")
		}
		return end;
	}

	/** "Regarding the allegation that …, O’Toole": the name after the last comma, unless it opens an apposition. */
	static String lastNamedPart(String subject) {
		int comma = subject.lastIndexOf(',');
		if (comma < 0 || comma == subject.length() - 1) {
			return subject;
		}
		String last = subject.substring(comma + 1).strip();
		String first = last.split("\\s+")[0];
		boolean named = Character.isUpperCase(first.charAt(0)) && !first.endsWith("’s") && !first.endsWith("'s")
				&& !Set.of("The", "A", "An", "Who", "Which", "One", "Its", "His", "Her", "Their").contains(first);
		boolean pronoun = Set.of("he", "she", "they", "it", "we").contains(first.toLowerCase());
		return named || pronoun ? last : subject;
	}

	/** A relative clause right before the verb, or one closed before it ("who has attended meetings … said"). */
	static final Pattern RELATIVE = Pattern.compile("(?<!\\b(?:in|under|by|through|after|during|with))"
			+ ",?\\s+(?:who|which)(?:\\s+[^,;“”_]*)?$|,?\\s+(?:who|which)\\s+(?:has|have|had|is|are|was|were)\\s[^;“”_]{0,90}$");

	/** Prepositions, for telling them from the nouns the tagger sometimes takes for one ("administration/ADP"). */
	private static final Set<String> PREPOSITIONS = Words.set("of", "in", "on", "at", "by", "for", "with", "from", "to",
			"as", "into", "about", "over", "under", "after", "before", "between", "against", "during", "without",
			"within", "among", "through", "like", "near", "since", "until", "across", "behind", "beyond", "despite", "per");

	private static final Set<String> GROUP_COMPLEMENTS = Words.set("in", "to", "at", "from", "for", "with");

	/** The noun phrase that ends just before {@code end}: its nouns, adjectives, names and determiners. */
	String nounPhraseBefore(PartsOfSpeech.Tagged tagged, int end, int from) {
		int start = -1;
		for (int i = tagged.starts().length - 1; i >= 0; i--) {
			if (tagged.ends()[i] > end) {
				continue;
			}
			if (tagged.starts()[i] < from) {
				break;
			}
			String tag = tagged.tags()[i];
			String word = text.substring(tagged.starts()[i], tagged.ends()[i]);
			String previous = i > 0 ? tagged.tags()[i - 1] : "";
			boolean nounBefore = Set.of("NOUN", "PROPN", "ADJ").contains(previous);
			// the tagger's slips: "administration/ADP", "China hawks/VERB" as the head of the phrase
			boolean mistaggedNoun = tag.equals("ADP") && !PREPOSITIONS.contains(word.toLowerCase())
					|| start < 0 && tag.equals("VERB") && word.endsWith("s") && nounBefore;
			// "some U.S. security officials and China hawks", "people of Chinese origin": one phrase
			String wordBefore = i > 0 ? text.substring(tagged.starts()[i - 1], tagged.ends()[i - 1]) : "";
			boolean coordinated = start >= 0 && nounBefore && i > 0 && (word.equals("of")
					|| word.equals("and") && wordBefore.endsWith("s")
					// "veterans in drug investigations", "advisors to the transition team": the group described
					|| GROUP_COMPLEMENTS.contains(word) && SpeakerLabels.isPersonLabel(wordBefore)
							&& SpeakerLabels.isPlural(wordBefore));
			if (!Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM", "PROPN+PART", "NOUN+PART").contains(tag)
					&& !word.equals(".") && !mistaggedNoun && !coordinated) {
				break;
			}
			start = tagged.starts()[i];
			boolean ofBefore = i > 1 && text.substring(tagged.starts()[i - 1], tagged.ends()[i - 1]).equals("of")
					&& Set.of("NOUN", "PROPN").contains(tagged.tags()[i - 2]);
			if (tag.equals("DET") && !ofBefore) {
				break;
			}
		}
		return start < 0 ? null : text.substring(start, end).strip();
	}

	/** The subject a sentence opens with, before its first verb, intro phrases and connectives dropped. */
	String openingSubject(Unit unit, int limit, PartsOfSpeech.Tagged tagged) {
		int start = unit.start();
		String rest = masked.substring(start, limit);
		int dropped = introLength(rest);
		start += dropped;
		rest = rest.substring(dropped);
		int verb = tagged.firstVerb(start, limit);
		if (verb <= start) {
			return null;
		}
		String subject = text.substring(start, verb).strip();
		return subject.replaceAll("\\s+(?:also|has|have|had|would|will|later|then|who|which)$", "");
	}

	/** The comma before a speaker who ends the sentence: the last one, or the one before an apposition. */
	int speakerComma(int from, int cueStart) {
		int comma = masked.lastIndexOf(',', cueStart - 1);
		if (comma < from) {
			return -1;
		}
		if (!masked.substring(comma + 1, cueStart).isBlank()) {
			return comma;
		}
		// "C, X, the title, said."
		int beforeTitle = masked.lastIndexOf(',', comma - 1);
		if (beforeTitle < from) {
			return -1;
		}
		String title = masked.substring(beforeTitle + 1, comma).strip();
		if (title.matches("^(?:the|a|an|who|which|whose|one|its|his|her|their|former|chief|head)\\b.*")) {
			int beforeName = masked.lastIndexOf(',', beforeTitle - 1);
			return beforeName >= from ? beforeName : -1;
		}
		return beforeTitle;
	}

	/** Where the subject before a verb starts: after the last clause break, an intro phrase and a connective. */
	int subjectStart(int from, int subjectEnd) {
		String before = masked.substring(from, subjectEnd);
		int start = 0;
		Matcher opening = Cues.INTRO.matcher(before);
		if (opening.lookingAt() && before.length() - opening.end() > 1) {
			start = opening.end(); // "Asked whether the talks had stalled, the ambassador said"
			Matcher apposition = INTRO_APPOSITION.matcher(before).region(start, before.length());
			if (apposition.lookingAt() && before.length() - apposition.end() > 1) {
				start = apposition.end(); // "In posts on Truth Social, his social network, he promised"
			}
		}
		Matcher breaks = Cues.CLAUSE_BREAK.matcher(before).region(start, before.length());
		while (breaks.find()) {
			start = breaks.end();
		}
		int closing = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'));
		if (closing >= start) {
			start = closing + 1;
		}
		String rest = before.substring(start);
		int lead = rest.length() - rest.stripLeading().length();
		rest = rest.stripLeading();
		start += lead;
		if (rest.startsWith(",")) {
			start += 1;
			lead = rest.length() - 1 - rest.substring(1).stripLeading().length();
			start += lead;
			rest = rest.substring(1).stripLeading();
		}
		int dropped = introLength(rest);
		start += dropped;
		rest = rest.substring(dropped);
		return from + start;
	}

	/** A short phrase between a statement and its final verb: "…, health officials say". */
	static boolean looksLikeClosingSpeaker(String speaker) {
		String[] words = speaker.split("\\s+");
		return words.length <= 8 && !speaker.contains("_")
				&& !Set.of("and", "but", "or", "as", "if", "because", "so", "when", "while", "which", "who", "that", "it")
					.contains(words[0].toLowerCase());
	}

	private static final Pattern PLURAL_HEAD = Pattern.compile("(?!(?:was|has|is|this|thus|us|as|its|his|yes|plus|less|unless|perhaps|always|sometimes|across|towards)$)\\p{Ll}{3,}s");

	boolean looksLikeSubject(String subject) {
		if (!subject.matches("(?s).*\\p{L}.*") || subject.split("\\s+").length > 22 || subject.contains("_")) {
			return false;
		}
		String first = subject.replaceAll("^[\\s,]+", "").split("[\\s,]+")[0].toLowerCase();
		String last = subject.replaceAll("[,\\s]+$", "");
		last = last.substring(last.lastIndexOf(' ') + 1).toLowerCase();
		if (NOT_SUBJECTS.contains(last) && !last.equals("it")) {
			return false;
		}
		if (Character.isUpperCase(subject.charAt(0)) || SUBJECT_STARTS.contains(first)) {
			return true;
		}
		if (PLURAL_HEAD.matcher(first).matches() && subject.split("\\s+").length <= 8) {
			return true; // "But fans of the approach say": a plural noun after a dropped connective
		}
		// a title before a name: "deputy secretary general Yu Haibin"
		return !Set.of("and", "but", "or", "as", "if", "because", "so", "when", "while").contains(first)
				&& subject.matches(".*\\s\\p{Lu}\\p{L}+.*");
	}

	private static final Pattern INTRO_APPOSITION = Pattern.compile("(?:his|her|their|its)\\s[^,“”_]{1,40},\\s+");

	/** How many characters of intro phrases and connectives open this stretch ("In an interview, but …"). */
	private static int introLength(String rest) {
		Matcher dateline = Cues.DATELINE.matcher(rest);
		int dropped = dateline.lookingAt() ? dateline.end() : 0;
		for (int i = 0; i < 3; i++) {
			String left = rest.substring(dropped);
			Matcher intro = Cues.INTRO.matcher(left);
			Matcher connective = Cues.CONNECTIVE.matcher(left);
			if (intro.lookingAt() && left.length() - intro.end() > 1) {
				dropped += intro.end();
				Matcher apposition = INTRO_APPOSITION.matcher(rest.substring(dropped));
				if (apposition.lookingAt() && rest.length() - dropped - apposition.end() > 1) {
					dropped += apposition.end();
				}
			}
			else if (connective.lookingAt()) {
				dropped += connective.end();
			}
		}
		return dropped;
	}

}
