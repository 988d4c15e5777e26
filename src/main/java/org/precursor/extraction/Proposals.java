package org.precursor.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.TextLayout.Quote;
import org.precursor.extraction.TextLayout.Unit;

/**
 * Statements whose content is a phrase after the verb: what a speaker calls for, urges or vows, cites, or describes
 * as something.
 */
final class Proposals {

	private final TextLayout layout;

	private final String text;

	private final String masked;

	private final Statements statements;

	private final Subjects subjects;

	Proposals(TextLayout layout, Statements statements, Subjects subjects) {
		this.layout = layout;
		this.text = layout.plain;
		this.masked = layout.masked;
		this.statements = statements;
		this.subjects = subjects;
	}

	/**
	 * "X called for C", "X urged C", "X vowed to C": a speaker's proposal, whose content is what follows the verb
	 * (and its "for" or "to"), a phrase rather than a clause.
	 */
	void find(Unit unit, int u, int end) {
		if (!find(unit, u, end, Cues.PROPOSAL, false) && !find(unit, u, end, Cues.STANCE, true)) {
			find(unit, u, end, Cues.ATTITUDE, false);
		}
	}

	/** The first statement the verbs find, its content with the verb when {@code withVerb}; whether one was found. */
	private boolean find(Unit unit, int u, int end, Pattern verbs, boolean withVerb) {
		Matcher m = verbs.matcher(masked).region(unit.start(), end);
		if (!m.find()) {
			return false;
		}
		String prefix = masked.substring(unit.start(), m.start());
		Matcher aux = Cues.AUXILIARIES.matcher(prefix);
		String subjectText = aux.find() ? prefix.substring(0, aux.start()) : prefix;
		PartsOfSpeech.Tagged tagged = PartsOfSpeech.tag(text, unit.start(), unit.end());
		// a comma before the verb closes an apposition only when no verb comes before it: "…, calling for" is not one
		if (subjectText.isBlank() || Cues.NEGATION.matcher(subjectText).find()
				|| (prefix.stripTrailing().endsWith(",") && tagged.hasVerb(unit.start(), m.start()))) {
			return false;
		}
		boolean participle = m.group().matches("(?s)\\p{L}+(?:ed|en|wn)\\b.*");
		if (participle && PASSIVE.matcher(prefix).find() || m.group().startsWith("call") && namesSomeone(m.end(), end)) {
			return false; // "the plan was rejected by …", "they call him “El Mencho”"
		}
		if (!readsAsVerb(m, prefix, tagged, verbs == Cues.ATTITUDE)) {
			return false;
		}
		String subject = subjectBefore(unit, tagged, unit.start() + subjectText.stripTrailing().length());
		int contentEnd = statements.trimEnd(m.end(), end);
		if (!subjects.looksLikeSubject(subject) || contentEnd <= m.end()
				|| masked.substring(m.end(), contentEnd).strip().split("\\s+").length < 3) {
			return false;
		}
		int count = statements.count();
		Matcher second = SECOND_VERB.matcher(masked).region(m.end(), end);
		int firstEnd = end;
		Matcher secondVerb = null;
		if (second.find()) {
			// "described the drug as a weapon and called for tougher penalties": two statements of one subject
			for (Pattern other : new Pattern[] { Cues.PROPOSAL, Cues.STANCE }) {
				Matcher candidate = other.matcher(masked).region(second.end(), end);
				if (secondVerb == null && candidate.lookingAt()) {
					secondVerb = candidate;
					firstEnd = second.start();
				}
			}
		}
		add(m, withVerb, firstEnd, subject, u);
		if (secondVerb != null && statements.count() > count
				&& masked.substring(secondVerb.end(), statements.trimEnd(secondVerb.end(), end)).strip().split("\\s+").length >= 3) {
			add(secondVerb, secondVerb.pattern() == Cues.STANCE, end, subject, u);
		}
		return statements.count() > count;
	}

	/** Whether the words matched are a verb here, not an adjective ("Trump’s promised tariffs"). */
	private boolean readsAsVerb(Matcher m, String prefix, PartsOfSpeech.Tagged tagged, boolean attitude) {
		String tag = tagged.tagAt(m.start());
		String previous = tagged.tagBefore(m.start());
		boolean perfect = prefix.matches("(?s).*\\b(?:has|have|had)\\s+(?:\\w+ly\\s+)?$"); // "has pressed", whatever its tag
		// "The report calls on Congress": a present tense after its subject, which the tagger reads as a plural noun
		boolean present = m.group().matches("(?s)\\p{Ll}+s\\b.*") && Set.of("NOUN", "PROPN").contains(String.valueOf(previous));
		// an attitude opens with a form of "be", never tagged a verb
		boolean verb = tag == null || tag.equals("VERB") || perfect || attitude || present;
		return verb && !prefix.stripTrailing().matches("(?s).*(?:’s|'s|\\bthe|\\ba|\\ban)$") && !"DET".equals(previous);
	}

	/** The subject of the verb whose subject text ends at {@code speakerEnd}. */
	private String subjectBefore(Unit unit, PartsOfSpeech.Tagged tagged, int speakerEnd) {
		int subjectStart = subjects.subjectStart(unit.start(), speakerEnd);
		int subjectEnd = subjects.beforeOwnVerb(tagged, subjectStart, speakerEnd);
		// "People of Chinese origin who are not nationals have expressed outrage at": the subject before its relative clause
		String subject = text.substring(subjectStart, subjectEnd).strip().replaceAll("\\s+(?:who|which)$", "");
		Matcher relative = Subjects.RELATIVE.matcher(masked.substring(unit.start(), speakerEnd));
		if (relative.find()) {
			// "The move rankled China’s leaders, who viewed it as …": the leaders
			String antecedent = subjects.nounPhraseBefore(tagged, unit.start() + relative.start(), unit.start());
			subject = antecedent == null ? "" : antecedent;
		}
		String ownSubject = subjects.nounPhraseBefore(tagged, speakerEnd, subjectStart);
		if (tagged.hasVerb(subjectStart, speakerEnd) && ownSubject != null && subjects.looksLikeSubject(ownSubject)
				&& masked.substring(subjectStart, speakerEnd - ownSubject.length()).matches("(?s).*\\s(?:and|but)\\s+$")) {
			subject = ownSubject; // "Both sides restarted talks and the ministry lauded the case as …": a clause of its own
		}
		return subject;
	}

	private static final Pattern LEADING_THAT = Pattern.compile("\\s*that\\s+");

	private static final Pattern SECOND_VERB = Pattern.compile(",?\\s+and\\s+(?:also\\s+)?");

	private void add(Matcher verb, boolean withVerb, int end, String subject, int u) {
		int contentStart = quotedComplement(verb.end(), statements.trimEnd(verb.end(), end));
		if (contentStart < 0) {
			contentStart = withVerb ? verb.start() : verb.end();
		}
		Matcher that = LEADING_THAT.matcher(masked).region(contentStart, end);
		if (!withVerb && that.lookingAt()) {
			contentStart = that.end(); // "demanded that the agency explain": the clause without "that"
		}
		statements.addContent(contentStart, end, text.substring(verb.start(), verb.end()).strip(), subject, u, false);
	}

	private static final Pattern PASSIVE = Pattern.compile("\\b(?:is|are|was|were|be|been|being|get|gets|got)\\s+(?:\\w+ly\\s+)?$");

	/** Whether the quotation after "call" is a name ("El Mencho"), not a judgement ("groundless"). */
	private boolean namesSomeone(int from, int end) {
		for (Quote quote : layout.quotes) {
			if (quote.start() >= from && quote.start() < end) {
				return Character.isUpperCase(text.charAt(quote.innerStart()));
			}
		}
		return false;
	}

	private static final Pattern BEFORE_QUOTED = Pattern.compile("(?s)\\A(?:[^,;“”]{0,50}?\\s)?(?:of|as|for|to|on|about|against)\\s*$");

	/**
	 * Where a quotation of the speaker’s words ends the phrase, after its object and preposition ("accused Washington
	 * of “all-round containment”", "called for “an immediate halt to the raids”"), the quotation alone is the
	 * statement, a direct one; -1 otherwise.
	 */
	private int quotedComplement(int from, int contentEnd) {
		for (Quote quote : layout.quotes) {
			if (quote.start() >= from && quote.end() >= contentEnd - 1 && quote.end() <= contentEnd + 2
					&& text.substring(quote.innerStart(), quote.innerEnd()).strip().split("\\s+").length >= 3
					&& BEFORE_QUOTED.matcher(masked.substring(from, quote.start())).find()) {
				return quote.start();
			}
		}
		return -1;
	}

	/** The verb of "X described A as B and said C": the shared subject's first statement, before the second verb. */
	private static final Pattern AND_SAID = Pattern.compile(",?\\s+(?:and|but)\\s+(?:also\\s+)?[a-z]+(?:\\s+that)?\\s*$");

	void beforeSaid(Unit unit, int u, int before) {
		Attribution first = statements.found.get(before);
		int said = first.contentStart();
		if (said <= unit.start() || said > unit.end()) {
			return;
		}
		Matcher conjoined = AND_SAID.matcher(masked.substring(unit.start(), said));
		int end;
		int participle = first.cue() != null && first.cue().endsWith("ing") ? masked.lastIndexOf(", " + first.cue(), said) : -1;
		if (conjoined.find()) {
			end = unit.start() + conjoined.start();
		}
		else if (participle > unit.start()) {
			end = participle; // "China rejected the accusations that C, saying D"
		}
		else {
			// "Some officials saw the gestures as a start, including the official who said C": the clause before the
			// second speaker's
			int mention = first.mention() == null ? -1 : masked.lastIndexOf(first.mention(), said);
			end = mention > unit.start() ? masked.lastIndexOf(", ", mention) : -1;
			if (end <= unit.start()) {
				return;
			}
		}
		int count = statements.count();
		find(unit, u, end);
		// keep the text's order: the first verb's statement comes first
		for (int added = statements.count() - count; added > 0; added--) {
			statements.found.add(before, statements.found.remove(statements.count() - 1));
		}
	}

}
