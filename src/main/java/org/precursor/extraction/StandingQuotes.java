package org.precursor.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.Attribution.Link;
import org.precursor.extraction.TextLayout.Quote;
import org.precursor.extraction.TextLayout.Unit;

/**
 * Quotations that make up a sentence of their own: attributed by the sentence before when it named a speaker and
 * nothing said ("The ministry said in a statement."), else continuing a neighbour's statement, or given a speaker
 * without a verb ("“C,” a source close to the talks").
 */
final class StandingQuotes {

	/** A sentence that names a speaker and nothing said: "The ministry said in a statement." before its quotation. */
	private static final Pattern ANNOUNCING = Pattern.compile("\\A((?:[A-Z][\\w.’'&-]*)(?: [\\w.’'&-]+){0,7}?)"
			+ "(?: (?:also|later|then|again))? (said|says|wrote|writes|added|adds|told [A-Z]?[\\w.’'-]+|posted|tweeted)"
			+ "((?: [\\w.’'-]+){0,8}?)\\s*[.:]\\z");

	/** "“Is this the best we can do?” asked Senator Ana Morales." and "“…?” she asked." */
	private static final Pattern ASKED = Pattern.compile("\\A[“\"][_\\s]+[”\"]\\s+(?:asked\\s+([^_“”\"]{2,60}?)|([^_“”\"]{2,60}?)\\s+asked)\\s*\\.\\z");

	/** The unit that named a speaker without a statement, and its subject and verb, for the quotation after it. */
	private int announcingUnit = -1;

	private String announcingMention;

	private String announcingCue;

	private final TextLayout layout;

	private final String text;

	private final String masked;

	private final Statements statements;

	StandingQuotes(TextLayout layout, Statements statements) {
		this.layout = layout;
		this.text = layout.plain;
		this.masked = layout.masked;
		this.statements = statements;
	}

	/** Remembers a sentence that names a speaker and says nothing, for the quotation after it. */
	void announcing(Unit unit, int u) {
		String sentence = masked.substring(unit.start(), unit.end()).strip();
		Matcher asked = ASKED.matcher(sentence);
		if (asked.matches()) {
			// a question is no statement, but whoever asked it speaks the quotation after it
			announcingUnit = u;
			announcingMention = Statements.cleanMention(asked.group(1) != null ? asked.group(1) : asked.group(2));
			announcingCue = "said";
			return;
		}
		Matcher m = ANNOUNCING.matcher(sentence);
		if (!m.matches() || !Cues.ADJUNCT.matcher(m.group(3)).matches() && !m.group(3).isEmpty()) {
			return;
		}
		String subject = m.group(1);
		Matcher intro = Cues.CONNECTIVE.matcher(subject + " ");
		if (intro.lookingAt()) {
			subject = subject.substring(Math.min(subject.length(), intro.end()));
		}
		if (subject.isBlank() || !PartsOfSpeech.tag(text, unit.start(), unit.end()).hasVerb(unit.start(), unit.end())) {
			return;
		}
		announcingUnit = u;
		announcingMention = Statements.cleanMention(subject);
		announcingCue = m.group(2) + m.group(3);
	}

	/** A unit that is nothing but a quotation: a speaker's words continuing, attributed by a neighbour. */
	void quote(Unit unit, int u) {
		String body = masked.substring(unit.start(), unit.end()).strip();
		int offset = unit.start() + masked.substring(unit.start(), unit.end()).indexOf(body.isEmpty() ? " " : body);
		if (body.isEmpty()) {
			return;
		}
		for (Quote quote : layout.quotesIn(unit.start(), unit.end())) {
			if (quote.start() > offset && !quote.open() && headlineSpeakerBefore(unit, u, offset, quote)) {
				return;
			}
			if (quote.start() == offset && !quote.open() && headlineSpeakerAfter(unit, u, quote)) {
				return;
			}
			if (quote.start() == offset && quote.end() >= offset + body.replaceAll("[.,;:!?)\\s]+$", "").length()) {
				int innerEnd = quote.innerEnd();
				while (innerEnd > quote.innerStart() && ",.".indexOf(text.charAt(innerEnd - 1)) >= 0) {
					innerEnd--;
				}
				String inner = text.substring(quote.innerStart(), innerEnd);
				String credit = inner.split("\\s+").length >= 3 ? creditAfter(unit) : null;
				if (credit != null) {
					statements.found.add(new Attribution(quote.innerStart(), innerEnd, true, null, credit, Link.OWN, u));
				}
				else if (inner.split("\\s+").length >= 3 && announcingUnit >= 0 && announcingUnit == u - 1) {
					statements.found.add(new Attribution(quote.innerStart(), innerEnd, true, announcingCue,
							announcingMention, Link.OWN, u));
				}
				else if (inner.split("\\s+").length >= 3) {
					statements.found.add(new Attribution(quote.innerStart(), innerEnd, true, null, null,
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

	/**
	 * A pull quote's credit opening the next paragraph: "Mao Ning, spokeswoman for China’s foreign ministry:" or
	 * "— Mao Ning": a name of two to four words, then a description without a verb, a colon or the line's end.
	 */
	private static final Pattern CREDIT = Pattern.compile("\\A(?:([—–]\\s*)|)(\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*){1,3})"
			+ "(?:,\\s+((?:an? |the )?\\p{Ll}[^\\n:“”]{2,80}?))?\\s*(?::|\\n|\\z)");

	/** The name a pull quote is credited to in the paragraph right after it, or null. */
	private String creditAfter(Unit unit) {
		TextLayout.Paragraph own = layout.paragraphs.get(unit.paragraph());
		if (unit.paragraph() + 1 >= layout.paragraphs.size()
				|| !masked.substring(own.start(), own.end()).strip().equals(masked.substring(unit.start(), unit.end()).strip())) {
			return null;
		}
		TextLayout.Paragraph next = layout.paragraphs.get(unit.paragraph() + 1);
		Matcher credit = CREDIT.matcher(masked.substring(next.start(), next.end()));
		if (!credit.lookingAt() || credit.group(1) == null && credit.group(3) == null) {
			return null;
		}
		int creditEnd = next.start() + credit.end();
		return PartsOfSpeech.tag(text, next.start(), creditEnd).hasVerb(next.start(), creditEnd) ? null : credit.group(2);
	}

	private static final Pattern LABEL_COLON = Pattern.compile("\\A(\\p{Lu}[^:“”‘’\"]{0,40}?)\\s*:\\s*\\z");

	/** A headline's "Minister: ‘The budget is balanced’": the speaker before a colon, the quotation all the rest. */
	private boolean headlineSpeakerBefore(Unit unit, int u, int offset, Quote quote) {
		Matcher label = LABEL_COLON.matcher(masked.substring(offset, quote.start()));
		String rest = masked.substring(quote.end(), unit.end()).strip();
		if (!label.matches() || !rest.matches("[.!]?") || words(quote) < 3
				|| PartsOfSpeech.tag(text, offset, quote.start()).hasVerb(offset, quote.start())) {
			return false;
		}
		statements.add(quote.start(), quote.end(), null, label.group(1), u);
		return true;
	}

	/** A headline's "‘We are not afraid’: Protesters defy curfew": the subject after the colon speaks. */
	private boolean headlineSpeakerAfter(Unit unit, int u, Quote quote) {
		if (quote.end() >= unit.end() || masked.charAt(quote.end()) != ':' || words(quote) < 3) {
			return false;
		}
		PartsOfSpeech.Tagged tagged = PartsOfSpeech.tag(text, quote.end() + 1, unit.end());
		int verb = tagged.firstVerb(quote.end() + 1, unit.end());
		String subject = verb < 0 ? "" : masked.substring(quote.end() + 1, verb).strip();
		if (subject.isEmpty() || !Character.isUpperCase(subject.charAt(0)) || subject.split("\\s+").length > 6
				|| subject.matches(".*[,;“”‘’\"].*")) {
			return false;
		}
		statements.add(quote.start(), quote.end(), null, subject, u);
		return true;
	}

	private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:ministry|embassy|department|agency|government|"
			+ "company|police|committee|office|court|administration|council|commission|union|party|campaign)$");

	private static final Pattern INVERTED_SCENE = Pattern.compile("^\\s*(?:Then|Now|Next|Here|There)\\s+(?:came|comes|is|was)\\b");

	private static final Pattern OWNED = Pattern.compile("^(.+?)[’']s\\s+(?:message|point|advice|answer|verdict|view|response|reply|warning|"
			+ "plea|assessment|conclusion|take|argument|reasoning|explanation)$");

	/**
	 * "Sheriff Tom Reyes put it bluntly: “We are losing.”", "The governor’s message was simple: “…”": the one the
	 * clause before the colon is about speaks the quotation after it.
	 */
	void afterColon(Unit unit, int u) {
		for (Quote quote : layout.quotesIn(unit.start(), unit.end())) {
			String before = masked.substring(unit.start(), quote.start());
			String rest = masked.substring(quote.end(), unit.end()).strip();
			// "Then came the reply of the council:" reads as a scene, not an attribution
			if (!before.stripTrailing().endsWith(":") || !rest.matches("[.!]?") || words(quote) < 3 || before.contains("“")
					|| INVERTED_SCENE.matcher(before).find()) {
				continue;
			}
			int verb = firstLowerCaseVerb(PartsOfSpeech.tag(text, unit.start(), quote.start()));
			String speaker = verb <= unit.start() ? "" : text.substring(unit.start(), verb).strip();
			Matcher owned = OWNED.matcher(speaker);
			if (owned.matches()) {
				speaker = owned.group(1);
			}
			// someone who can speak: a name, a person or an organisation, not "The rules are simple:"
			boolean named = !speaker.isEmpty() && Character.isUpperCase(speaker.charAt(0))
					&& !speaker.matches("^(?:The|A|An|This|That|These|Those|It|Here|There|What|Click|Watch|Read|Listen|"
							+ "Subscribe|Sign|Follow|Share|Tap|See)\\b.*")
					&& !speaker.matches("(?i).*\\b(?:to|of|the|a|an|and|or|for|in|on|with)$");
			if (speaker.isEmpty() || speaker.split("\\s+").length > 8
					|| !named && !SpeakerLabels.isPersonLabel(speaker) && !ORGANISATION.matcher(speaker).find()) {
				continue;
			}
			int innerEnd = quote.innerEnd();
			while (innerEnd > quote.innerStart() && ",.".indexOf(text.charAt(innerEnd - 1)) >= 0) {
				innerEnd--;
			}
			statements.found.add(new Attribution(quote.innerStart(), innerEnd, true, null, speaker, Link.OWN, u));
			return;
		}
	}

	/** The first verb, passing over names the tagger took for one ("Ines Duarte/AUX put it"), or -1. */
	private int firstLowerCaseVerb(PartsOfSpeech.Tagged tagged) {
		for (int i = 0; i < tagged.starts().length; i++) {
			if ((tagged.tags()[i].contains("VERB") || tagged.tags()[i].contains("AUX"))
					&& Character.isLowerCase(text.charAt(tagged.starts()[i]))) {
				return tagged.starts()[i];
			}
		}
		return -1;
	}

	private int words(Quote quote) {
		return text.substring(quote.innerStart(), quote.innerEnd()).strip().split("\\s+").length;
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
		statements.add(quote.start(), quote.end(), null, rest.replaceAll("[.,;:]+$", ""), u);
	}

}
