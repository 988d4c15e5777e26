package org.precursor.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.TextLayout.Unit;

/**
 * Attributions that follow their statement: "C, X said.", "C, said X", "“C,” X said, “D”", the statement
 * interrupted by them ("The cartels, he said, are adapting") and what comes after them ("…, adding that D").
 */
final class ClosingSpeakers {

	static final int NOT_INVERTED = -2;

	private final TextLayout layout;

	private final String text;

	private final String masked;

	private final Statements statements;

	private final Subjects subjects;

	ClosingSpeakers(TextLayout layout, Statements statements, Subjects subjects) {
		this.layout = layout;
		this.text = layout.plain;
		this.masked = layout.masked;
		this.statements = statements;
		this.subjects = subjects;
	}

	/**
	 * The verb ends its sentence ("C, X said." or "“C,” Blinken spokesman, Matthew Miller, said."): the speaker
	 * stands between the statement and the verb.
	 */
	int statementBefore(int u, int from, int speakerEnd, String cue, int afterVerb, PartsOfSpeech.Tagged tagged) {
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
			split = subjects.speakerComma(from, speakerEnd + 1);
			speakerStart = split + 1;
		}
		if (split <= from || speakerStart >= speakerEnd || masked.substring(from, split).strip().length() <= 1) {
			return -1;
		}
		String speaker = text.substring(speakerStart, speakerEnd).strip().replaceAll("^[,\\s]+", "");
		if (!subjects.looksLikeSubject(speaker) && !subjects.looksLikeClosingSpeaker(speaker)) {
			return -1;
		}
		int restStart = statements.skip(afterVerb, unitEnd, ",");
		int restEnd = statements.trimEnd(restStart, unitEnd);
		boolean parenthesis = restEnd > restStart && masked.substring(afterVerb, restStart).contains(",");
		int verbBefore = tagged.firstVerb(from, split);
		// "Beijing’s position, a diplomat said, is …": the tagger may read a possessive as a verb
		boolean clauseBefore = verbBefore >= 0 && !text.substring(verbBefore, split).matches("(?s)^\\p{L}+[’']s\\s[^,]*$");
		if (parenthesis && tagged.hasVerb(restStart, restEnd) && !clauseBefore) {
			Matcher intro = Cues.INTRO.matcher(masked).region(from, split + 1);
			if (!intro.lookingAt() && subjects.looksLikeSubject(text.substring(from, split).strip())
					&& "VERB AUX".contains(String.valueOf(tagged.tagAt(restStart)))) {
				// "The cartels, he said, are adapting": the speaker interrupts the statement between its subject and verb
				statements.addContent(from, unitEnd, cue, speaker, u, false);
				return unitEnd;
			}
			// "But in the U.S., they say, such processes require less": the statement follows the parenthesis
			statements.addContent(restStart, unitEnd, cue, speaker, u, false);
			return unitEnd;
		}
		statements.addContent(from, split, cue, speaker, u, true);
		if (!followOnAfter(u, afterVerb, cue, speaker) && parenthesis) {
			secondClause(u, restStart, restEnd, cue, speaker, tagged);
		}
		return unitEnd;
	}

	private static final Pattern SECOND_CLAUSE = Pattern.compile("\\A(?:and|but|yet|so)\\s+");

	/**
	 * "C1, the report said, and C2": a clause of its own after the attribution (its own subject and verb, not "and
	 * using Vancouver as a hub" or "though by other means") is a second statement of the same speaker.
	 */
	private void secondClause(int u, int restStart, int restEnd, String cue, String speaker, PartsOfSpeech.Tagged tagged) {
		Matcher opening = SECOND_CLAUSE.matcher(masked).region(restStart, restEnd);
		if (!opening.lookingAt() || Set.of("ADP", "ADV", "SCONJ", "CCONJ", "PART", "AUX")
			.contains(String.valueOf(tagged.tagAt(opening.end()))) || masked.startsWith("ing ", masked.indexOf(' ', opening.end()) - 3)) {
			return;
		}
		int verb = tagged.firstVerb(masked.indexOf(' ', opening.end()), restEnd);
		if (verb <= opening.end() || masked.substring(opening.end(), restEnd).split("\\s+").length < 4
				|| masked.substring(opening.end(), verb).contains(",")) {
			return;
		}
		statements.add(opening.end(), restEnd, cue, Statements.cleanMention(speaker), u);
	}

	/** "“C,” Tsang told Reuters in Vienna, warning that D": a second statement after the attribution. */
	boolean followOnAfter(int u, int afterVerb, String cue, String speaker) {
		int unitEnd = layout.units.get(u).end();
		Matcher followOn = Cues.FOLLOW_ON.matcher(masked).region(afterVerb, unitEnd);
		if (!followOn.find() || masked.substring(afterVerb, followOn.start()).contains("“")) {
			return false;
		}
		int followEnd = statements.trimEnd(followOn.end(), unitEnd);
		if (followEnd - followOn.end() <= 8) {
			return false;
		}
		statements.add(followOn.end(), followEnd, Cues.followOnCue(followOn, cue), Statements.cleanMention(speaker), u);
		return true;
	}

	/** "C, said X" and "“C,” said X": the speaker follows the verb. */
	int inverted(Unit unit, int u, int cueStart, int cueEnd, int from, String verb, PartsOfSpeech.Tagged tagged) {
		if (verb.endsWith("ing") || verb.startsWith("told") || verb.startsWith("tell")
				|| !Cues.STRONG_VERB.matcher(verb).matches()) {
			return NOT_INVERTED; // "The agency’s director, Rob Jones, told MPs that …"
		}
		int speakerStart = cueEnd;
		int speakerEnd = statements.trimEnd(speakerStart, unit.end());
		Matcher adjunct = Cues.ADJUNCT.matcher(masked).region(speakerStart, speakerEnd);
		String speaker = text.substring(speakerStart, speakerEnd).strip();
		if (speaker.isEmpty()) {
			return NOT_INVERTED; // "“C,” Blinken spokesman, Matthew Miller, said."
		}
		if (adjunct.lookingAt() && adjunct.end() >= speakerEnd) {
			return -1;
		}
		String first = speaker.split("\\s+")[0].toLowerCase();
		if (!Character.isUpperCase(speaker.charAt(0)) && !Subjects.SUBJECT_STARTS.contains(first)) {
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
		statements.addContent(from, from + prefix.length(), text.substring(cueStart, cueEnd), speaker, u, true);
		if (quoteAfter > 0 && quoteAfter < unit.end()) {
			statements.addContent(quoteAfter, unit.end(), text.substring(cueStart, cueEnd), speaker, u, false);
		}
		return unit.end();
	}

}
