package org.precursor.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.TextLayout.Paragraph;
import org.precursor.extraction.TextLayout.Unit;

/** Attributions without a reporting verb: "according to X, C", "C, according to X", a headline's "X: C". */
final class VerblessAttributions {

	private final TextLayout layout;

	private final String text;

	private final String masked;

	private final Statements statements;

	VerblessAttributions(TextLayout layout, Statements statements) {
		this.layout = layout;
		this.text = layout.plain;
		this.masked = layout.masked;
		this.statements = statements;
	}

	private static final Pattern HEADLINE_LABEL = Pattern.compile("\\A(\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){0,3}):\\s+(?=\\p{Lu})");

	private static final Set<String> NOT_SPEAKERS = Words.set("photo", "photos", "caption", "watch", "read", "related",
			"update", "updated", "note", "source", "sources", "editor’s note", "correction", "video", "analysis", "opinion",
			"exclusive", "explainer", "factbox", "timeline", "breaking", "live", "listen", "graphic", "file", "credit");

	/** A headline's "Sheinbaum: Mexico will not bow to pressure": the name before the colon says the rest. */
	void headlineColon(Unit unit, int u) {
		Matcher label = HEADLINE_LABEL.matcher(masked).region(unit.start(), unit.end());
		Paragraph paragraph = layout.paragraphs.get(unit.paragraph());
		if (paragraph.start() != unit.start() || paragraph.end() != unit.end() || ".!?".indexOf(text.charAt(unit.end() - 1)) >= 0
				|| !label.lookingAt() || NOT_SPEAKERS.contains(label.group(1).toLowerCase(java.util.Locale.ROOT))) {
			return;
		}
		PartsOfSpeech.Tagged tagged = PartsOfSpeech.tag(text, unit.start(), unit.end());
		if (tagged.hasVerb(unit.start(), label.end(1)) || !tagged.hasVerb(label.end(), unit.end())
				|| masked.substring(label.end(), unit.end()).split("\\s+").length < 4) {
			return;
		}
		statements.add(label.end(), statements.trimEnd(label.end(), unit.end()), null, label.group(1), u);
	}

	/** "C, according to prosecutors, who said D": the relative clause's statement leaves C to "according to". */
	boolean accordingToWhoSaid(Unit unit, int before) {
		Matcher m = Cues.ACCORDING_TO.matcher(masked).region(unit.start(), unit.end());
		if (!m.find() || statements.count() == before) {
			return false;
		}
		int said = statements.found.get(before).contentStart();
		return said > m.end() && masked.substring(m.end(), said).matches("(?s)[^,]{1,60},\\s+(?:who|which)\\s.*");
	}

	private static final Pattern IN_DOCUMENT = Pattern.compile(",\\s+(in\\s+((?:a|an|the|its|their)\\s+(?:new\\s+|recent\\s+|joint\\s+)?"
			+ "(?:report|study|analysis|statement|letter|filing|complaint|indictment|assessment|review))\\b[^,;“”_]*)[.]?\\s*$");

	/** "C, in a report released Tuesday by a House committee": the document's author says C. */
	void inDocument(Unit unit, int u) {
		Matcher m = IN_DOCUMENT.matcher(masked).region(unit.start(), unit.end());
		if (m.find() && PartsOfSpeech.tag(text, unit.start(), m.start()).hasVerb(unit.start(), m.start())) {
			statements.addContent(unit.start(), m.start(), text.substring(m.start(1), m.end(2)),
					text.substring(m.start(2), m.end(1)), u, true);
		}
	}

	void accordingTo(Unit unit, int u) {
		Matcher m = Cues.ACCORDING_TO.matcher(masked).region(unit.start(), unit.end());
		if (!m.find()) {
			inDocument(unit, u);
			return;
		}
		String cue = text.substring(m.start(), m.end());
		String before = masked.substring(unit.start(), m.start()).strip();
		if (before.isEmpty() || Cues.CONNECTIVE.matcher(before + " ").matches()) {
			int comma = masked.indexOf(',', m.end());
			if (comma < 0 || comma >= unit.end()) {
				return;
			}
			statements.addContent(comma + 1, unit.end(), cue, text.substring(m.end(), comma), u, false);
		}
		else if (before.endsWith(",")) {
			int comma = masked.lastIndexOf(',', m.start());
			int afterSpeaker = masked.indexOf(',', m.end());
			if (afterSpeaker > 0 && afterSpeaker < unit.end() && continuesAfter(unit, afterSpeaker + 1)) {
				// "The suspects, according to police, were carrying …": one statement around its attribution
				statements.addContent(unit.start(), unit.end(), cue, text.substring(m.end(), afterSpeaker), u, false);
				return;
			}
			int speakerEnd = endOfSpeaker(m.end(), unit.end());
			statements.addContent(unit.start(), comma, cue, text.substring(m.end(), speakerEnd), u, false);
			if (speakerEnd < unit.end() && masked.charAt(speakerEnd) == ',') {
				// "C, according to X, D": the second part is the same statement's continuation only rarely; keep it apart
				statements.addContent(speakerEnd + 1, unit.end(), cue, text.substring(m.end(), speakerEnd), u, false);
			}
		}
	}

	/** Whether what follows "according to X," goes on with the statement's verb: "were carrying", "and shipped". */
	private boolean continuesAfter(Unit unit, int from) {
		PartsOfSpeech.Tagged tagged = PartsOfSpeech.tag(text, unit.start(), unit.end());
		int start = statements.skip(from, unit.end());
		Matcher conjunction = Pattern.compile("\\A(?:and|but)\\s+").matcher(masked).region(start, unit.end());
		if (conjunction.lookingAt()) {
			start = conjunction.end();
		}
		String tag = String.valueOf(tagged.tagAt(start));
		return (tag.equals("VERB") || tag.equals("AUX")) && !masked.startsWith("who", start);
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

}
