package org.precursor.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.TextLayout.Unit;

/**
 * Finds the attributed statements of a laid-out text, unit by unit: "X said (that) C", "C, X said", "C, said X", a
 * quotation interrupted by its attribution; attributions after their statement through {@link ClosingSpeakers},
 * those without a verb through {@link VerblessAttributions}, stances and proposals through {@link Proposals}, claims
 * named by their holder through {@link HeldClaims}, quotations standing alone through {@link StandingQuotes}.
 */
final class AttributionRules {

	private static final Pattern PREPOSITION_START = Pattern.compile("\\A(?:to|of|about|against|for|with|on|in|at|by|from|up|out|off|over|no|nothing|yes|so|as|goodbye|hello|sorry|thanks|thank|when|while|after|before|during|if|because|since|until|without|through)\\b");

	/** "Name, the title of something," before a verb: a subject with its apposition, not a statement. */
	private static final Pattern APPOSITION = Pattern.compile("(?:^|[.;:]\\s|,\\s(?:but|and)\\s|^(?:But|And|In [^,]{1,60}|[A-Z][a-z]+),\\s*)\\s*(?!(?:(?:And|But)\\s+)?(?i:on|in|at|after|before|during|by|since|until|from|for|last|earlier|later)\\s)[A-Z][^,“”_]{0,60},\\s+(?:the|a|an|who|which|whose|its|his|her|their|one|chief|head|director|former|deputy|senior|including|among|such as|like|along with|together with|as well as|both|many|some|most|all|two|three|several|now|then|currently|also|himself|herself|[RDI]-[A-Z][\\w.]*|[a-z]+ (?:of|at|for|to|in))\\b[^,“”_]{0,140},\\s*$");

	/** Words between a verb and "that" that belong to neither: "told lawmakers in Tuesday’s hearing that". */
	private static final Pattern THAT_AHEAD = Pattern.compile("\\s+(?:(?:in|on|at|during|to|before|after|with|last|this|earlier|on)\\s[^,“”_.]{0,50}?|(?:[\\w’'.-]+\\s){0,3}(?:position|view|belief|assessment|argument|claim|contention|stance|line|concerns?|fears?|hopes?|warning|case)|)\\s*(that)\\s");

	/** Verbs whose listener stands before "that": "warned residents that", "assured fans on Sunday that". */
	private static final Pattern OBJECT_VERB = Pattern.compile("warn(?:s|ed|ing)?|assur(?:e|es|ed|ing)|remind(?:s|ed|ing)?|"
			+ "inform(?:s|ed|ing)?|advis(?:e|es|ed|ing)|caution(?:s|ed|ing)?|convinc(?:e|es|ed)|persuad(?:e|es|ed)");

	private static final Pattern OBJECT_BEFORE_THAT = Pattern.compile("\\s+(?:(?:the|a|an|his|her|their|its|our)\\s+)?"
			+ "[\\w’'.-]+(?:\\s+[\\w’'.-]+){0,2}?(?:,\\s[^,“”]{1,60},)?(?=\\s+(?:[^,“”.]{0,30}?\\s)?that\\s)");

	private static final Pattern POSSESSIVE_END = Pattern.compile("(?:\\b(?:his|her|their|its|our|my|your)|[’']s)$", Pattern.CASE_INSENSITIVE);

	/** The first verb of a headline that says two things, "China denies role in crisis, says C", often tagged a noun. */
	private static final Pattern HEADLINE_VERB = Pattern.compile("\\s(?:denies|rejects|dismisses|disputes|slams|blasts|"
			+ "defends|criticizes|criticises|condemns|welcomes|hails|praises|vows|pledges|urges|calls|demands|accuses|blames|"
			+ "warns|backs|signals|plans|seeks|insists|admits|confirms|announces|unveils|launches|threatens|pushes|"
			+ "imposes|arrests|charges|targets|rules|opposes|questions|eyes|sees|expects|agrees|offers|refuses)\\s");

	private static final Pattern EVIDENCE_VERB = Pattern.compile("show(?:s|ed|n)?|found|finds?|reveal(?:s|ed)?|indicate(?:s|d)?|suggest(?:s|ed)?");

	private static final Pattern EVIDENCE = Pattern.compile("(?i)\\b(?:records|documents|data|report|study|survey|analysis|"
			+ "figures|statistics|filings|emails|messages|research|poll|audit|review|investigation|evidence|numbers|estimates|"
			+ "assessment|tests?|results|findings)\\b[^,“”]{0,60}$");

	private static final Pattern PARENTHETICAL_SPEAKER = Pattern.compile(",\\s+(?:the|a|an|his|her|their|its)\\s+[\\w’'.-]+(?:\\s+[\\w’'.-]+){0,3}\\s+$");

	private static final Pattern DENIAL = Pattern.compile("den(?:y|ies|ied|ying)|disput(?:e|es|ed)");

	private static final Pattern REPORT_TO = Pattern.compile("\\s+(?:directly\\s+|back\\s+)?to\\b(?!\\s+[^,.;]{0,40}\\bthat\\b)");

	private final TextLayout layout;

	private final String text;

	private final String masked;

	private final Statements statements;

	private final Subjects subjects;

	private final StandingQuotes standing;

	private final Proposals proposals;

	private final HeldClaims held;

	private final ClosingSpeakers closing;

	private final VerblessAttributions verbless;

	AttributionRules(TextLayout layout) {
		this.layout = layout;
		this.text = layout.plain;
		this.masked = layout.masked;
		this.subjects = new Subjects(layout);
		this.statements = new Statements(layout);
		this.standing = new StandingQuotes(layout, statements);
		this.proposals = new Proposals(layout, statements, subjects);
		this.held = new HeldClaims(layout, statements);
		this.closing = new ClosingSpeakers(layout, statements, subjects);
		this.verbless = new VerblessAttributions(layout, statements);
	}

	List<Attribution> find() {
		for (int u = 0; u < layout.units.size(); u++) {
			int before = statements.count();
			Unit unit = layout.units.get(u);
			// a verb inside the sentence attributes more closely than "according to" around it: "China has argued
			// that C, according to the WSJ" is China's statement
			cues(unit, u);
			if (statements.count() == before || verbless.accordingToWhoSaid(unit, before)) {
				verbless.accordingTo(unit, u);
			}
			if (statements.count() == before) {
				proposals.find(unit, u, unit.end());
			}
			else {
				proposals.beforeSaid(unit, u, before);
			}
			if (statements.count() == before) {
				standing.quote(unit, u);
			}
			if (statements.count() == before) {
				standing.afterColon(unit, u);
			}
			if (statements.count() == before) {
				standing.announcing(unit, u);
			}
			if (statements.count() == before) {
				verbless.headlineColon(unit, u);
			}
			held.find(unit, u, before);
		}
		return statements.found;
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

	private static final Pattern MANDATIVE_THAT = Pattern.compile("\\b(?:demand|ask|require|request|insist|urge|recommend|"
			+ "propose|suggest|order)(?:s|ed|d)?\\s+that\\s+[^,;“”]{1,80}?\\s+$");

	/** One reporting verb at [cueStart, cueEnd); returns where the statement it found ends, or -1. */
	private int cue(Unit unit, int u, int cueStart, int cueEnd, int from, PartsOfSpeech.Tagged tagged) {
		String verb = masked.substring(cueStart, cueEnd);
		String prefix = masked.substring(from, cueStart);
		// "Court records show the pills were …": evidence states its finding without "that"
		boolean strong = Cues.STRONG_VERB.matcher(verb).matches()
				|| EVIDENCE_VERB.matcher(verb).matches() && EVIDENCE.matcher(prefix).find();
		String trimmedPrefix = prefix.stripTrailing();
		if (prefix.endsWith("the ") || prefix.endsWith("The ") || trimmedPrefix.endsWith("be")
				|| POSSESSIVE_END.matcher(trimmedPrefix).find()) {
			return -1; // "the report", "her claim that": nouns
		}
		String tag = tagged.tagAt(cueStart);
		String previous = tagged.tagBefore(cueStart);
		String following = tagged.tagAt(statements.skip(cueEnd, unit.end()));
		if (previous != null && Set.of("DET", "ADP", "VERB").contains(previous) && verb.endsWith("ed")
				&& following != null && Set.of("NOUN", "ADJ").contains(following)) {
			return -1; // an adjective: "to pursue alleged corruption suspects"
		}
		boolean say = verb.startsWith("sa") || verb.startsWith("told") || verb.startsWith("tell");
		// ", the indictment alleges, …" and "the data shows …": a verb whatever the tagger made of it
		boolean parenthetical = strong && masked.startsWith(",", cueEnd) && PARENTHETICAL_SPEAKER.matcher(prefix).find()
				|| EVIDENCE_VERB.matcher(verb).matches() && EVIDENCE.matcher(prefix).find();
		if (tag != null && (say ? tag.equals("ADJ") : !tag.equals("VERB")) && !verbAfterAll(strong, cueEnd, tagged, cueStart)
				&& !parenthetical) {
			return -1;
		}
		if (trimmedPrefix.endsWith(" to") || trimmedPrefix.equals("to")) {
			return -1; // "harder to find", "agreed to say"
		}
		if (MANDATIVE_THAT.matcher(prefix).find()) {
			return -1; // "demanded that the agency explain why": what someone is asked to do, not what they said
		}
		if (verb.startsWith("report") && REPORT_TO.matcher(masked).region(cueEnd, unit.end()).lookingAt()) {
			return -1; // "would report directly to the attorney general": no speech
		}
		if (verb.endsWith("ing") && trimmedPrefix.endsWith(",")) {
			return participle(unit, u, cueStart, cueEnd, from, tagged);
		}
		Matcher embedded = EMBEDDED_SPEAKER.matcher(prefix);
		if (embedded.find() && !Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would", "also")
			.contains(embedded.group(1).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))) {
			// "The pact, which officials say will be signed next week, includes …": the officials say it will be signed
			int comma = masked.indexOf(',', cueEnd);
			int end = comma > 0 && comma < unit.end() ? comma : unit.end();
			int start = statements.skip(cueEnd, end);
			if (tagged.hasVerb(start, end) && masked.substring(start, end).strip().split("\\s+").length >= 3) {
				statements.add(start, statements.trimEnd(start, end), verb, Statements.cleanMention(embedded.group(1)), u);
				return end;
			}
		}
		Matcher relativeClause = ENCLOSED_RELATIVE.matcher(prefix);
		if (relativeClause.matches()) {
			// "A senior official, who spoke on condition of anonymity because …, said"
			prefix = prefix.substring(0, relativeClause.end(1)) + " ".repeat(prefix.length() - relativeClause.end(1));
			trimmedPrefix = prefix.stripTrailing();
		}
		boolean apposition = APPOSITION.matcher(prefix).find();
		if (!apposition && (trimmedPrefix.endsWith(",") || trimmedPrefix.endsWith("”") || trimmedPrefix.endsWith("\""))) {
			int end = closing.inverted(unit, u, cueStart, cueEnd, from, verb, tagged);
			if (end != ClosingSpeakers.NOT_INVERTED) {
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
		else if (OBJECT_VERB.matcher(verb).matches()) {
			Matcher object = OBJECT_BEFORE_THAT.matcher(masked).region(afterVerb, unit.end());
			if (object.lookingAt()) {
				afterVerb = object.end(); // "warned residents that C": C is the statement
			}
		}
		Matcher adjunct = Cues.ADJUNCT.matcher(masked).region(afterVerb, unit.end());
		if (adjunct.lookingAt()) {
			afterVerb = adjunct.end();
		}
		Matcher thatAhead = THAT_AHEAD.matcher(masked).region(afterVerb, unit.end());
		if (thatAhead.lookingAt()) {
			if (DENIAL.matcher(verb).matches() && !masked.substring(afterVerb, thatAhead.start(1)).isBlank()) {
				return -1; // "denied Washington’s claim that C": C is the claim's holder's, the denial a stance
			}
			afterVerb = thatAhead.start(1);
		}
		String cue = text.substring(cueStart, afterVerb).strip();
		int contentStart = statements.skip(afterVerb, unit.end(), ",", ":");
		boolean that = masked.startsWith("that ", contentStart);
		if (that) {
			String next = tagged.tagAt(statements.skip(contentStart + 5, unit.end()));
			if (next != null && next.contains("AUX")) {
				that = false; // "said that was a question for the president": "that" is the subject
			}
			else {
				contentStart += 5;
			}
		}
		int contentEnd = statements.trimEnd(contentStart, unit.end());
		boolean commaAfterVerb = masked.substring(afterVerb, contentStart).contains(",");
		if (!strong && !that && contentEnd > contentStart) {
			return -1;
		}
		if (contentEnd <= contentStart || (commaAfterVerb && !masked.startsWith("“", contentStart)
				&& !masked.startsWith("\"", contentStart) && !that)) {
			// "C, X said." and "C, X said, though by other means."
			return closing.statementBefore(u, from, speakerEnd, cue, afterVerb, tagged);
		}
		Matcher asked = ASKED.matcher(masked).region(from, speakerEnd);
		if (asked.find()) {
			speakerEnd = asked.start(); // "Karoline Leavitt, asked by Reuters if …, said"
		}
		int subjectStart = subjects.subjectStart(from, speakerEnd);
		int subjectEnd = subjects.beforeOwnVerb(tagged, subjectStart, speakerEnd);
		String subject = text.substring(subjectStart, subjectEnd).strip();
		Matcher relative = Subjects.RELATIVE.matcher(masked.substring(from, speakerEnd));
		if (relative.find()) {
			// "officials who say C", "Mexican producers, who said C", "an official who has attended talks said C"
			subject = subjects.nounPhraseBefore(tagged, from + relative.start(), from);
		}
		else if (subject.isEmpty() || masked.substring(from, speakerEnd).matches("(?s).*(?:,|\\s)(?:and|but)(?:\\s+also)?\\s*$")) {
			// "… described them as cordial, but said C": the clause's own subject
			subject = subjects.openingSubject(unit, cueStart, tagged);
		}
		if (subject != null) {
			subject = subjects.lastNamedPart(subject);
		}
		Matcher headline = HEADLINE_VERB.matcher(masked).region(subjectStart, speakerEnd);
		if (subject != null && subject.endsWith(",") && headline.find() && headline.start() > subjectStart
				&& !masked.substring(subjectStart, speakerEnd - 1).contains(",")) {
			subject = text.substring(subjectStart, headline.start()).strip(); // "China denies role in crisis, says C"
		}
		if (subject == null || !subjects.looksLikeSubject(subject)) {
			return -1;
		}
		String before = masked.substring(from, subjectStart).stripTrailing();
		if (before.length() > 1 && (before.endsWith("”") || before.endsWith("\"") || before.endsWith("”,"))
				&& quotationBefore(from, from + before.length())) {
			// "“A,” he said, “B.”"
			statements.addContent(from, from + before.length(), cue, subject, u, true);
			if (closing.followOnAfter(u, afterVerb, cue, subject) || !masked.startsWith("“", contentStart)) {
				return unit.end(); // "“A,” a spokesman said when asked about the charges."
			}
		}
		String content = masked.substring(contentStart, contentEnd);
		boolean quoted = content.startsWith("“") || content.startsWith("\"");
		// a clause with a quoted fragment may hide its verb from the tagger: "said Beijing “resolutely opposes” them"
		boolean clause = tagged.hasVerb(contentStart, contentEnd) || content.indexOf('“') > 0;
		if (!that && !quoted && (!strong || PREPOSITION_START.matcher(content).find() || !clause)) {
			return -1;
		}
		if (!quoted && content.strip().split("\\s+").length < 3) {
			return -1;
		}
		return statements.addContent(contentStart, unit.end(), cue, subject, u, false);
	}

	private static final Pattern EMBEDDED_SPEAKER = Pattern.compile("(?<!\\b(?:in|under|by|through|after|during|with))"
			+ "(?:,\\s+|\\s+)(?:which|that)\\s+((?:[\\w’'.-]+\\s+){0,3}?[\\w’'.-]+)\\s+$");

	private static final Pattern ENCLOSED_RELATIVE = Pattern.compile("(?s)^(.*?[\\p{L}\\p{N}.)]),\\s+(?:who|which)\\s[^“”_]*,\\s*$");

	private static final Pattern ASKED = Pattern.compile(",\\s+(?:when\\s+|after\\s+being\\s+)?(?:asked|speaking|responding|pressed|testifying|writing|interviewed|reached|contacted)\\b");

	/**
	 * Whether the stretch before a speaker is the quotation they are given: one the sentence opens with ("“A,” he
	 * said"), not a phrase quoted inside a clause ("called it “groundless” and said", "Maltz, the new “border czar,”
	 * said").
	 */
	private boolean quotationBefore(int from, int end) {
		int close = masked.charAt(end - 1) == ',' ? end - 2 : end - 1;
		int open = statements.skip(from, close);
		boolean opens = masked.charAt(open) == '“' || masked.charAt(open) == '"';
		int quoteOpen = Math.max(masked.lastIndexOf('“', close - 1), masked.lastIndexOf('"', close - 1));
		// or one that follows a clause of its own: "Officials were blunt: “A,” one said"
		boolean afterClause = quoteOpen > from && masked.substring(from, quoteOpen).matches("(?s).*[:;.—]\\s*$");
		return opens || afterClause && ",.?!…—".indexOf(text.charAt(close - 1)) >= 0;
	}

	/** "…, saying C" and "…, adding that C": the speaker is the subject the sentence opened with. */
	private int participle(Unit unit, int u, int cueStart, int cueEnd, int from, PartsOfSpeech.Tagged tagged) {
		String subject = subjects.openingSubject(unit, cueStart, tagged);
		if (subject == null || !subjects.looksLikeSubject(subject)) {
			return -1;
		}
		int contentStart = statements.skip(cueEnd, unit.end(), ",", ":");
		if (masked.startsWith("that ", contentStart)) {
			contentStart += 5;
		}
		int contentEnd = statements.trimEnd(contentStart, unit.end());
		String content = masked.substring(contentStart, Math.max(contentStart, contentEnd));
		boolean quoted = content.startsWith("“") || content.startsWith("\"");
		if (contentEnd <= contentStart || (!quoted && !tagged.hasVerb(contentStart, contentEnd))) {
			return -1;
		}
		return statements.addContent(contentStart, unit.end(), text.substring(cueStart, cueEnd), subject, u, false);
	}

	/** A reporting verb the tagger took for a noun, between a subject and a clause: "officials note they have". */
	private boolean verbAfterAll(boolean strong, int cueEnd, PartsOfSpeech.Tagged tagged, int cueStart) {
		if (!strong) {
			return false;
		}
		String before = tagged.tagBefore(cueStart);
		Matcher next = Pattern.compile("\\A\\s+(?:that|he|she|they|it|we|there|the|this|these|China|[A-Z]\\w+ (?:is|was|has|had|will|would))\\b").matcher(masked).region(cueEnd, masked.length());
		if (!next.lookingAt()) {
			return false;
		}
		// "UN chief warns that": the tagger reads a title before the verb as an adjective
		return before != null && (before.equals("PRON") || before.equals("NOUN") || before.equals("PROPN")
				|| before.equals("ADJ") && masked.startsWith("that ", statements.skip(cueEnd, masked.length())));
	}

}
