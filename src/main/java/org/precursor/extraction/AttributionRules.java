package org.precursor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.Attribution.Link;
import org.precursor.extraction.TextLayout.Quote;
import org.precursor.extraction.TextLayout.Unit;

/**
 * Finds the attributed statements of a laid-out text, unit by unit: "X said (that) C", "C, X said", "C, said X",
 * "according to X, C", a quotation interrupted by its attribution, and quotations standing alone after a speaker.
 */
final class AttributionRules {

	private static final Set<String> SUBJECT_STARTS = Words.set("he", "she", "they", "it", "we", "i", "the", "a", "an",
			"some", "one", "another", "other", "many", "several", "both", "most", "two", "three", "four", "few",
			"officials", "sources", "experts", "investigators", "analysts", "critics", "prosecutors", "authorities",
			"researchers", "lawmakers", "police", "residents", "advocates", "scientists", "supporters", "opponents",
			"documents", "records", "data", "court", "his", "her", "their", "its", "this", "that", "these", "those",
			"agents", "diplomats", "activists", "economists", "doctors", "officers", "members", "people", "veterans",
			"victims", "families", "parents", "students", "federal", "state", "local", "senior", "former", "top",
			"chinese", "american", "mexican", "canadian", "u.s.", "us", "all", "each", "no", "any");

	private static final Set<String> NOT_SUBJECTS = Words.set("who", "which", "that", "what", "where", "when", "it",
			"there", "this");

	private static final Pattern PREPOSITION_START = Pattern.compile("\\A(?:to|of|about|against|for|with|on|in|at|by|from|up|out|off|over|no|nothing|yes|so|as|goodbye|hello|sorry|thanks|thank|when|while|after|before|during|if|because|since|until|without|through)\\b");

	/** "Name, the title of something," before a verb: a subject with its apposition, not a statement. */
	private static final Pattern APPOSITION = Pattern.compile("(?:^|[.;:]\\s|,\\s(?:but|and)\\s|^(?:But|And|In [^,]{1,60}|[A-Z][a-z]+),\\s*)\\s*[A-Z][^,“”_]{0,60},\\s+(?:the|a|an|who|which|whose|its|his|her|their|one|chief|head|director|former|deputy|senior|including|among|such as|like|along with|together with|as well as|both|many|some|most|all|two|three|several|now|then|currently|also|himself|herself|[RDI]-[A-Z][\\w.]*|[a-z]+ (?:of|at|for|to|in))\\b[^,“”_]{0,140},\\s*$");

	/** Words between a verb and "that" that belong to neither: "told lawmakers in Tuesday’s hearing that". */
	private static final Pattern THAT_AHEAD = Pattern.compile("\\s+(?:(?:in|on|at|during|to|before|after|with|last|this|earlier|on)\\s[^,“”_.]{0,50}?|(?:[\\w’'.-]+\\s){0,3}(?:position|view|belief|assessment|argument|claim|contention|stance|line|concerns?|fears?|hopes?|warning|case)|)\\s*(that)\\s");

	private static final int NOT_INVERTED = -2;

	private final TextLayout layout;

	private final String text;

	private final String masked;

	private final List<Attribution> found = new ArrayList<>();

	AttributionRules(TextLayout layout) {
		this.layout = layout;
		this.text = layout.plain;
		this.masked = layout.masked;
	}

	List<Attribution> find() {
		for (int u = 0; u < layout.units.size(); u++) {
			int before = found.size();
			Unit unit = layout.units.get(u);
			// a verb inside the sentence attributes more closely than "according to" around it: "China has argued
			// that C, according to the WSJ" is China's statement
			cues(unit, u);
			if (found.size() == before) {
				accordingTo(unit, u);
			}
			if (found.size() == before) {
				standingQuote(unit, u);
			}
		}
		return found;
	}

	private void accordingTo(Unit unit, int u) {
		Matcher m = Cues.ACCORDING_TO.matcher(masked).region(unit.start(), unit.end());
		if (!m.find()) {
			return;
		}
		String cue = text.substring(m.start(), m.end());
		String before = masked.substring(unit.start(), m.start()).strip();
		if (before.isEmpty() || Cues.CONNECTIVE.matcher(before + " ").matches()) {
			int comma = masked.indexOf(',', m.end());
			if (comma < 0 || comma >= unit.end()) {
				return;
			}
			addContent(comma + 1, unit.end(), cue, text.substring(m.end(), comma), u, false);
		}
		else if (before.endsWith(",")) {
			int comma = masked.lastIndexOf(',', m.start());
			int speakerEnd = endOfSpeaker(m.end(), unit.end());
			addContent(unit.start(), comma, cue, text.substring(m.end(), speakerEnd), u, false);
			if (speakerEnd < unit.end() && masked.charAt(speakerEnd) == ',') {
				// "C, according to X, D": the second part is the same statement's continuation only rarely; keep it apart
				addContent(speakerEnd + 1, unit.end(), cue, text.substring(m.end(), speakerEnd), u, false);
			}
		}
	}

	private int endOfSpeaker(int from, int end) {
		int comma = masked.indexOf(',', from);
		if (comma > 0 && comma < end) {
			String rest = masked.substring(comma + 1, end).strip();
			// a long clause after the comma is a second statement; a short one, or one that opens like an
			// apposition, belongs to the speaker
			if (rest.split("\\s+").length > 8 && !rest.matches("^(?:the|a|an|who|which|whose|one|its|his|her|their|former|chief|head)\\b.*")) {
				return comma;
			}
		}
		return end;
	}

	private void cues(Unit unit, int u) {
		Matcher m = Cues.VERB.matcher(masked).region(unit.start(), unit.end());
		int consumed = unit.start();
		PartsOfSpeech.Tagged tagged = null;
		while (m.find()) {
			if (m.start() < consumed) {
				continue;
			}
			if (tagged == null) {
				tagged = PartsOfSpeech.tag(text, unit.start(), unit.end());
			}
			int next = cue(unit, u, m.start(), m.end(), consumed, tagged);
			if (next > 0) {
				consumed = next;
			}
		}
	}

	/** One reporting verb at [cueStart, cueEnd); returns where the statement it found ends, or -1. */
	private int cue(Unit unit, int u, int cueStart, int cueEnd, int from, PartsOfSpeech.Tagged tagged) {
		String verb = masked.substring(cueStart, cueEnd);
		boolean strong = Cues.STRONG_VERB.matcher(verb).matches();
		String prefix = masked.substring(from, cueStart);
		String trimmedPrefix = prefix.stripTrailing();
		if (prefix.endsWith("the ") || prefix.endsWith("The ") || trimmedPrefix.endsWith("be")) {
			return -1;
		}
		String tag = tagged.tagAt(cueStart);
		String previous = tagged.tagBefore(cueStart);
		String following = tagged.tagAt(skip(cueEnd, unit.end()));
		if (previous != null && Set.of("DET", "ADP", "VERB").contains(previous) && verb.endsWith("ed")
				&& following != null && Set.of("NOUN", "ADJ").contains(following)) {
			return -1; // an adjective: "to pursue alleged corruption suspects"
		}
		boolean say = verb.startsWith("sa") || verb.startsWith("told") || verb.startsWith("tell");
		if (tag != null && (say ? tag.equals("ADJ") : !tag.equals("VERB")) && !verbAfterAll(verb, cueEnd, tagged, cueStart)) {
			return -1;
		}
		if (trimmedPrefix.endsWith(" to") || trimmedPrefix.equals("to")) {
			return -1; // "harder to find", "agreed to say"
		}
		if (verb.endsWith("ing") && trimmedPrefix.endsWith(",")) {
			return participle(unit, u, cueStart, cueEnd, from, tagged);
		}
		Matcher relativeClause = ENCLOSED_RELATIVE.matcher(prefix);
		if (relativeClause.matches()) {
			// "A senior official, who spoke on condition of anonymity because …, said"
			prefix = prefix.substring(0, relativeClause.end(1)) + " ".repeat(prefix.length() - relativeClause.end(1));
			trimmedPrefix = prefix.stripTrailing();
		}
		boolean apposition = APPOSITION.matcher(prefix).find();
		if (!apposition && (trimmedPrefix.endsWith(",") || trimmedPrefix.endsWith("”") || trimmedPrefix.endsWith("\""))) {
			int end = inverted(unit, u, cueStart, cueEnd, from, verb, tagged);
			if (end != NOT_INVERTED) {
				return end;
			}
		}
		Matcher aux = Cues.AUXILIARIES.matcher(prefix);
		String subjectText = aux.find() ? prefix.substring(0, aux.start()) : prefix;
		if (Cues.NEGATION.matcher(subjectText).find()) {
			return -1;
		}
		int speakerEnd = from + subjectText.stripTrailing().length();
		int afterVerb = cueEnd;
		if (verb.startsWith("tell") || verb.equals("told")) {
			Matcher object = Cues.TOLD_OBJECT.matcher(masked).region(afterVerb, unit.end());
			if (!object.lookingAt()) {
				return -1;
			}
			afterVerb = object.end();
		}
		Matcher adjunct = Cues.ADJUNCT.matcher(masked).region(afterVerb, unit.end());
		if (adjunct.lookingAt()) {
			afterVerb = adjunct.end();
		}
		Matcher thatAhead = THAT_AHEAD.matcher(masked).region(afterVerb, unit.end());
		if (thatAhead.lookingAt()) {
			afterVerb = thatAhead.start(1);
		}
		String cue = text.substring(cueStart, afterVerb).strip();
		int contentStart = skip(afterVerb, unit.end(), ",", ":");
		boolean that = masked.startsWith("that ", contentStart);
		if (that) {
			String next = tagged.tagAt(skip(contentStart + 5, unit.end()));
			if (next != null && next.contains("AUX")) {
				that = false; // "said that was a question for the president": "that" is the subject
			}
			else {
				contentStart += 5;
			}
		}
		int contentEnd = trimEnd(contentStart, unit.end());
		boolean commaAfterVerb = masked.substring(afterVerb, contentStart).contains(",");
		if (!strong && !that && contentEnd > contentStart) {
			return -1;
		}
		if (contentEnd <= contentStart || (commaAfterVerb && !masked.startsWith("“", contentStart)
				&& !masked.startsWith("\"", contentStart) && !that)) {
			// "C, X said." and "C, X said, though by other means."
			return statementBefore(u, from, speakerEnd, cue, afterVerb, tagged);
		}
		Matcher asked = ASKED.matcher(masked).region(from, speakerEnd);
		if (asked.find()) {
			speakerEnd = asked.start(); // "Karoline Leavitt, asked by Reuters if …, said"
		}
		int subjectStart = subjectStart(from, speakerEnd);
		int subjectEnd = beforeOwnVerb(tagged, subjectStart, speakerEnd);
		String subject = text.substring(subjectStart, subjectEnd).strip();
		Matcher relative = RELATIVE.matcher(masked.substring(from, speakerEnd));
		if (relative.find()) {
			// "officials who say C", "Mexican producers, who said C", "an official who has attended talks said C"
			subject = nounPhraseBefore(tagged, from + relative.start(), from);
		}
		else if (subject.isEmpty() || masked.substring(from, speakerEnd).matches("(?s).*(?:,|\\s)(?:and|but)(?:\\s+also)?\\s*$")) {
			// "… described them as cordial, but said C": the clause's own subject
			subject = openingSubject(unit, cueStart, tagged);
		}
		if (subject != null) {
			subject = lastNamedPart(subject);
		}
		if (subject == null || !looksLikeSubject(subject)) {
			return -1;
		}
		String before = masked.substring(from, subjectStart).stripTrailing();
		if (before.length() > 1 && (before.endsWith("”") || before.endsWith("\"") || before.endsWith("”,"))) {
			// "“A,” he said, “B.”"
			addContent(from, from + before.length(), cue, subject, u, true);
			if (followOnAfter(u, afterVerb, cue, subject) || !masked.startsWith("“", contentStart)) {
				return unit.end(); // "“A,” a spokesman said when asked about the charges."
			}
		}
		String content = masked.substring(contentStart, contentEnd);
		boolean quoted = content.startsWith("“") || content.startsWith("\"");
		if (!that && !quoted && (!strong || PREPOSITION_START.matcher(content).find()
				|| !tagged.hasVerb(contentStart, contentEnd))) {
			return -1;
		}
		if (!quoted && content.strip().split("\\s+").length < 3) {
			return -1;
		}
		return addContent(contentStart, unit.end(), cue, subject, u, false);
	}

	/**
	 * The verb ends its sentence ("C, X said." or "“C,” Blinken spokesman, Matthew Miller, said."): the speaker
	 * stands between the statement and the verb.
	 */
	private int statementBefore(int u, int from, int speakerEnd, String cue, int afterVerb, PartsOfSpeech.Tagged tagged) {
		int unitEnd = layout.units.get(u).end();
		int closing = Math.max(masked.lastIndexOf('”', speakerEnd - 1), masked.lastIndexOf('"', speakerEnd - 1));
		int split;
		int speakerStart;
		if (closing >= from && masked.substring(closing + 1, speakerEnd).matches("[^_“\"]{0,120}")
				&& (masked.substring(closing + 1, speakerEnd).strip().startsWith(",")
						|| (closing > 0 && ",?!".indexOf(text.charAt(closing - 1)) >= 0)
						|| masked.substring(closing + 1, speakerEnd).strip().split("\\s+").length <= 4)) {
			split = closing + 1;
			speakerStart = closing + 1;
		}
		else {
			split = speakerComma(from, speakerEnd + 1);
			speakerStart = split + 1;
		}
		if (split <= from || speakerStart >= speakerEnd || masked.substring(from, split).strip().length() <= 1) {
			return -1;
		}
		String speaker = text.substring(speakerStart, speakerEnd).strip().replaceAll("^[,\\s]+", "");
		if (!looksLikeSubject(speaker) && !looksLikeClosingSpeaker(speaker)) {
			return -1;
		}
		int restStart = skip(afterVerb, unitEnd, ",");
		int restEnd = trimEnd(restStart, unitEnd);
		String before = masked.substring(from, split);
		if (restEnd > restStart && masked.substring(afterVerb, restStart).contains(",")
				&& tagged.hasVerb(restStart, restEnd) && !tagged.hasVerb(from, split)) {
			// "But in the U.S., they say, such processes require less": the statement follows the parenthesis
			addContent(restStart, unitEnd, cue, speaker, u, false);
			return unitEnd;
		}
		addContent(from, split, cue, speaker, u, true);
		followOnAfter(u, afterVerb, cue, speaker);
		return unitEnd;
	}

	/** "“C,” Tsang told Reuters in Vienna, warning that D": a second statement after the attribution. */
	private boolean followOnAfter(int u, int afterVerb, String cue, String speaker) {
		int unitEnd = layout.units.get(u).end();
		Matcher followOn = Cues.FOLLOW_ON.matcher(masked).region(afterVerb, unitEnd);
		if (!followOn.find() || masked.substring(afterVerb, followOn.start()).contains("“")) {
			return false;
		}
		int followEnd = trimEnd(followOn.end(), unitEnd);
		if (followEnd - followOn.end() <= 8) {
			return false;
		}
		add(followOn.end(), followEnd, followOn.group(1) != null ? followOn.group(1) : cue, cleanMention(speaker), u);
		return true;
	}

	/**
	 * Where a subject holds a verb of its own ("Officials described it as halting and said …"), the subject is what
	 * precedes that verb; a participle after a noun ("a report released Tuesday") stays part of it.
	 */
	private int beforeOwnVerb(PartsOfSpeech.Tagged tagged, int start, int end) {
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

	private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu} .,'’-]+(?:\\([^)]{1,30}\\))?\\s*[—–-]{1,2}\\s+");

	private static final Pattern ENCLOSED_RELATIVE = Pattern.compile("(?s)^(.*?[\\p{L}\\p{N}.)]),\\s+(?:who|which)\\s[^“”_]*,\\s*$");

	private static final Pattern ASKED = Pattern.compile(",\\s+(?:when\\s+|after\\s+being\\s+)?(?:asked|speaking|responding|pressed|testifying|writing|interviewed|reached|contacted)\\b");

	/** "Regarding the allegation that …, O’Toole": the name after the last comma, unless it opens an apposition. */
	private static String lastNamedPart(String subject) {
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
	private static final Pattern RELATIVE = Pattern.compile(",?\\s+(?:who|which)\\s+(?:[^,;“”_]*\\s)?$|,?\\s+(?:who|which)\\s+(?:has|have|had|is|are|was|were)\\s[^;“”_]{0,90}$");

	/** The noun phrase that ends just before {@code end}: its nouns, adjectives, names and determiners. */
	private String nounPhraseBefore(PartsOfSpeech.Tagged tagged, int end, int from) {
		int start = -1;
		for (int i = tagged.starts().length - 1; i >= 0; i--) {
			if (tagged.ends()[i] > end) {
				continue;
			}
			if (tagged.starts()[i] < from) {
				break;
			}
			String tag = tagged.tags()[i];
			if (!Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM", "PROPN+PART", "NOUN+PART").contains(tag)
					&& !text.substring(tagged.starts()[i], tagged.ends()[i]).equals(".")) {
				break;
			}
			start = tagged.starts()[i];
			if (tag.equals("DET")) {
				break;
			}
		}
		return start < 0 ? null : text.substring(start, end).strip();
	}

	/** The subject a sentence opens with, before its first verb, intro phrases and connectives dropped. */
	private String openingSubject(Unit unit, int limit, PartsOfSpeech.Tagged tagged) {
		int start = unit.start();
		String rest = masked.substring(start, limit);
		for (int i = 0; i < 3; i++) {
			Matcher intro = Cues.INTRO.matcher(rest);
			Matcher connective = Cues.CONNECTIVE.matcher(rest);
			if (intro.lookingAt() && rest.length() - intro.end() > 1) {
				start += intro.end();
				rest = rest.substring(intro.end());
			}
			else if (connective.lookingAt()) {
				start += connective.end();
				rest = rest.substring(connective.end());
			}
		}
		int verb = tagged.firstVerb(start, limit);
		if (verb <= start) {
			return null;
		}
		String subject = text.substring(start, verb).strip();
		return subject.replaceAll("\\s+(?:also|has|have|had|would|will|later|then|who|which)$", "");
	}

	/** "…, saying C" and "…, adding that C": the speaker is the subject the sentence opened with. */
	private int participle(Unit unit, int u, int cueStart, int cueEnd, int from, PartsOfSpeech.Tagged tagged) {
		String subject = openingSubject(unit, cueStart, tagged);
		if (subject == null || !looksLikeSubject(subject)) {
			return -1;
		}
		int contentStart = skip(cueEnd, unit.end(), ",", ":");
		if (masked.startsWith("that ", contentStart)) {
			contentStart += 5;
		}
		int contentEnd = trimEnd(contentStart, unit.end());
		String content = masked.substring(contentStart, Math.max(contentStart, contentEnd));
		boolean quoted = content.startsWith("“") || content.startsWith("\"");
		if (contentEnd <= contentStart || (!quoted && !tagged.hasVerb(contentStart, contentEnd))) {
			return -1;
		}
		return addContent(contentStart, unit.end(), text.substring(cueStart, cueEnd), subject, u, false);
	}

	/** A reporting verb the tagger took for a noun, between a subject and a clause: "officials note they have". */
	private boolean verbAfterAll(String verb, int cueEnd, PartsOfSpeech.Tagged tagged, int cueStart) {
		if (!Cues.STRONG_VERB.matcher(verb).matches()) {
			return false;
		}
		String before = tagged.tagBefore(cueStart);
		Matcher next = Pattern.compile("\\A\\s+(?:that|he|she|they|it|we|there|the|this|these|China|[A-Z]\\w+ (?:is|was|has|had|will|would))\\b").matcher(masked).region(cueEnd, masked.length());
		return before != null && (before.equals("PRON") || before.equals("NOUN") || before.equals("PROPN")) && next.lookingAt();
	}

	/** The comma before a speaker who ends the sentence: the last one, or the one before an apposition. */
	private int speakerComma(int from, int cueStart) {
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

	/** "C, said X" and "“C,” said X": the speaker follows the verb. */
	private int inverted(Unit unit, int u, int cueStart, int cueEnd, int from, String verb, PartsOfSpeech.Tagged tagged) {
		if (verb.endsWith("ing") || verb.startsWith("told") || verb.startsWith("tell")
				|| !Cues.STRONG_VERB.matcher(verb).matches()) {
			return NOT_INVERTED; // "The agency’s director, Rob Jones, told MPs that …"
		}
		int speakerStart = cueEnd;
		int speakerEnd = trimEnd(speakerStart, unit.end());
		Matcher adjunct = Cues.ADJUNCT.matcher(masked).region(speakerStart, speakerEnd);
		String speaker = text.substring(speakerStart, speakerEnd).strip();
		if (speaker.isEmpty()) {
			return NOT_INVERTED; // "“C,” Blinken spokesman, Matthew Miller, said."
		}
		if (adjunct.lookingAt() && adjunct.end() >= speakerEnd) {
			return -1;
		}
		String first = speaker.split("\\s+")[0].toLowerCase();
		if (!Character.isUpperCase(speaker.charAt(0)) && !SUBJECT_STARTS.contains(first)) {
			return NOT_INVERTED; // "Sen. John Cornyn, R-Texas, wrote on X that …"
		}
		int quoteAfter = masked.indexOf('“', speakerStart);
		if (quoteAfter > 0 && quoteAfter < unit.end()) {
			speaker = text.substring(speakerStart, quoteAfter).replaceAll("[,.:;\\s]+$", "").strip();
		}
		int nounPhraseEnd = quoteAfter > 0 && quoteAfter < unit.end() ? quoteAfter : speakerEnd;
		int ownVerb = tagged.firstVerb(speakerStart, nounPhraseEnd);
		if (ownVerb >= 0 && !masked.substring(speakerStart, ownVerb).matches("(?s).*(?:,|\\bwho|\\bwhich)\\s.*")) {
			return NOT_INVERTED; // "X, asked by Reuters if …, said Americans re-elected Trump"
		}
		String prefix = masked.substring(from, cueStart).stripTrailing();
		addContent(from, from + prefix.length(), text.substring(cueStart, cueEnd), speaker, u, true);
		if (quoteAfter > 0 && quoteAfter < unit.end()) {
			addContent(quoteAfter, unit.end(), text.substring(cueStart, cueEnd), speaker, u, false);
		}
		return unit.end();
	}

	/** Where the subject before a verb starts: after the last clause break, an intro phrase and a connective. */
	private int subjectStart(int from, int subjectEnd) {
		String before = masked.substring(from, subjectEnd);
		int start = 0;
		Matcher opening = Cues.INTRO.matcher(before);
		if (opening.lookingAt() && before.length() - opening.end() > 1) {
			start = opening.end(); // "Asked whether the talks had stalled, the ambassador said"
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
		for (int i = 0; i < 3; i++) {
			Matcher intro = Cues.INTRO.matcher(rest);
			Matcher connective = Cues.CONNECTIVE.matcher(rest);
			if (intro.lookingAt() && rest.length() - intro.end() > 1) {
				start += intro.end();
				rest = rest.substring(intro.end());
			}
			else if (connective.lookingAt()) {
				start += connective.end();
				rest = rest.substring(connective.end());
			}
		}
		return from + start;
	}

	/** A short phrase between a statement and its final verb: "…, health officials say". */
	private static boolean looksLikeClosingSpeaker(String speaker) {
		String[] words = speaker.split("\\s+");
		return words.length <= 8 && !speaker.contains("_")
				&& !Set.of("and", "but", "or", "as", "if", "because", "so", "when", "while", "which", "who", "that", "it")
					.contains(words[0].toLowerCase());
	}

	private boolean looksLikeSubject(String subject) {
		if (subject.isEmpty() || subject.split("\\s+").length > 22 || subject.contains("_")) {
			return false;
		}
		String first = subject.split("[\\s,]+")[0].toLowerCase();
		String last = subject.replaceAll("[,\\s]+$", "");
		last = last.substring(last.lastIndexOf(' ') + 1).toLowerCase();
		if (NOT_SUBJECTS.contains(last) && !last.equals("it")) {
			return false;
		}
		if (Character.isUpperCase(subject.charAt(0)) || SUBJECT_STARTS.contains(first)) {
			return true;
		}
		// a title before a name: "deputy secretary general Yu Haibin"
		return !Set.of("and", "but", "or", "as", "if", "because", "so", "when", "while").contains(first)
				&& subject.matches(".*\\s\\p{Lu}\\p{L}+.*");
	}

	/**
	 * Records the statement in [start, end) of the current unit: trims it, cuts off a follow-on statement ("…, adding
	 * that …"), and decides whether it is a direct quotation. Returns where it ends.
	 */
	private int addContent(int start, int end, String cue, String mention, int u, boolean post) {
		start = skip(start, end, ",", ":");
		Matcher dateline = DATELINE.matcher(masked).region(start, end);
		if (dateline.lookingAt()) {
			start = dateline.end(); // "WASHINGTON (AP) — C, officials said"
		}
		if (post) {
			Matcher connective = Cues.CONNECTIVE.matcher(masked).region(start, end);
			if (connective.lookingAt() && Character.isUpperCase(masked.charAt(start))) {
				start = connective.end();
			}
		}
		Matcher followOn = Cues.FOLLOW_ON.matcher(masked).region(start, end);
		int followStart = -1;
		String followCue = null;
		if (followOn.find()) {
			followStart = followOn.end();
			followCue = followOn.group(1) != null ? followOn.group(1)
					: followOn.group(2) != null ? followOn.group(2) : followOn.group(3) != null ? followOn.group(3) : cue;
			end = followOn.start();
		}
		int contentEnd = trimEnd(start, end);
		if (contentEnd > start && !(masked.charAt(contentEnd - 1) == '?' && !post)) {
			add(start, contentEnd, cue, mention, u);
		}
		if (followStart > 0) {
			int unitEnd = layout.units.get(u).end();
			int followEnd = trimEnd(followStart, unitEnd);
			if (followEnd - followStart > 8) {
				add(followStart, followEnd, followCue, mention, u);
			}
			return unitEnd;
		}
		return end;
	}

	private void add(int start, int end, String cue, String mention, int u) {
		Quote whole = wholeQuote(start, end);
		if (whole != null) {
			int innerEnd = whole.innerEnd();
			while (innerEnd > whole.innerStart() && ",.".indexOf(text.charAt(innerEnd - 1)) >= 0) {
				innerEnd--;
			}
			if (innerEnd > whole.innerStart()) {
				found.add(new Attribution(whole.innerStart(), innerEnd, true, cue, cleanMention(mention), Link.OWN, u));
			}
			return;
		}
		if (text.substring(start, end).split("\\s+").length < 2) {
			return;
		}
		found.add(new Attribution(start, end, false, cue, cleanMention(mention), Link.OWN, u));
	}

	private static String cleanMention(String mention) {
		return mention.strip().replaceAll("^[,:;—–\\s]+|[,:;—–\\s]+$", "");
	}

	/** The quotation that makes up all of [start, end), give or take punctuation, or null. */
	private Quote wholeQuote(int start, int end) {
		for (Quote quote : layout.quotes) {
			if (quote.start() == start && quote.end() >= end - 1 && quote.end() <= end + 2) {
				return quote;
			}
		}
		return null;
	}

	/** A unit that is nothing but a quotation: a speaker's words continuing, attributed by a neighbour. */
	private void standingQuote(Unit unit, int u) {
		String body = masked.substring(unit.start(), unit.end()).strip();
		int offset = unit.start() + masked.substring(unit.start(), unit.end()).indexOf(body.isEmpty() ? " " : body);
		if (body.isEmpty()) {
			return;
		}
		for (Quote quote : layout.quotesIn(unit.start(), unit.end())) {
			if (quote.start() == offset && quote.end() >= offset + body.replaceAll("[.,;:!?)\\s]+$", "").length()) {
				int innerEnd = quote.innerEnd();
				while (innerEnd > quote.innerStart() && ",.".indexOf(text.charAt(innerEnd - 1)) >= 0) {
					innerEnd--;
				}
				String inner = text.substring(quote.innerStart(), innerEnd);
				if (inner.split("\\s+").length >= 3) {
					found.add(new Attribution(quote.innerStart(), innerEnd, true, null, null,
							quote.open() ? Link.NEXT : Link.PREVIOUS, u));
				}
				return;
			}
			if (quote.start() == offset && !quote.open()) {
				speakerWithoutVerb(unit, u, quote);
				return;
			}
		}
	}

	/** "“C,” a source with knowledge of the talks" with the verb left out, as in a cut-off paragraph. */
	private void speakerWithoutVerb(Unit unit, int u, Quote quote) {
		if (quote.end() < 2 || text.charAt(quote.end() - 2) != ',') {
			return;
		}
		String rest = masked.substring(quote.end(), unit.end()).strip();
		PartsOfSpeech.Tagged tagged = PartsOfSpeech.tag(text, quote.end(), unit.end());
		String first = rest.isEmpty() ? "" : rest.split("\\s+")[0].toLowerCase();
		if (rest.isEmpty() || rest.split("\\s+").length > 10 || tagged.hasVerb(quote.end(), unit.end())
				|| !Set.of("a", "an", "one", "another", "the").contains(first)) {
			return;
		}
		add(quote.start(), quote.end(), null, rest.replaceAll("[.,;:]+$", ""), u);
	}

	private int skip(int at, int end, String... marks) {
		boolean moved = true;
		while (moved && at < end) {
			moved = false;
			while (at < end && Character.isWhitespace(masked.charAt(at))) {
				at++;
			}
			for (String mark : marks) {
				if (masked.startsWith(mark, at)) {
					at += mark.length();
					moved = true;
				}
			}
		}
		return at;
	}

	/** The end of a statement without its final punctuation and, for reported speech, a closing quotation mark. */
	private int trimEnd(int start, int end) {
		int e = end;
		while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
			e--;
		}
		if (e > start && (text.charAt(e - 1) == '”' || text.charAt(e - 1) == '"')) {
			int q = e - 1;
			int inner = q;
			while (inner > start && ".,".indexOf(text.charAt(inner - 1)) >= 0) {
				inner--;
			}
			if (!startsQuoteAt(start, q)) {
				return inner;
			}
		}
		return e;
	}

	/** Whether the quotation closed at {@code close} opened at {@code start}, making the statement direct. */
	private boolean startsQuoteAt(int start, int close) {
		for (Quote quote : layout.quotes) {
			if (quote.end() == close + 1) {
				return quote.start() == start;
			}
		}
		return false;
	}

}
