package org.precursor.extraction;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.TextLayout.Unit;

/**
 * Statements a text names by whoever holds them: "China rejects Washington’s assertion that C" reports that
 * Washington asserts C, whoever rejects, disputes or repeats it.
 */
final class HeldClaims {

	private static final Pattern HELD = Pattern.compile("(?:\\b(his|her|their|its)|\\b((?:the\\s+)?(?:\\p{Lu}[\\w.’'&-]*\\s+){0,4}\\p{L}[\\w.&-]*)(?:’s|'s))"
			+ "\\s+(?:(?:repeated|earlier|previous|longstanding|long-standing|oft-repeated|recent|latest|public|frequent|main|"
			+ "central|own|initial|original)\\s+)?(?:assertions?|claims?|contention|allegations?|accusations?|argument|"
			+ "insistence|suggestion|charges?|belief|warnings?)\\s+that\\s+");

	private static final Map<String, String> PRONOUNS = Map.of("his", "he", "her", "she", "their", "they", "its", "it");

	private final String text;

	private final String masked;

	private final Statements statements;

	HeldClaims(TextLayout layout, Statements statements) {
		this.text = layout.plain;
		this.masked = layout.masked;
		this.statements = statements;
	}

	private boolean alreadyFound(int contentStart, int from) {
		for (int i = from; i < statements.count(); i++) {
			if (statements.found.get(i).contentStart() == contentStart) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Adds the held claims of a unit before the statements found in it from {@code before} on, so that the one who
	 * rejects or reports them stays the last speaker for a quotation that follows.
	 */
	void find(Unit unit, int u, int before) {
		Matcher m = HELD.matcher(masked).region(unit.start(), unit.end());
		PartsOfSpeech.Tagged tagged = null;
		while (m.find()) {
			if (tagged == null) {
				tagged = PartsOfSpeech.tag(text, unit.start(), unit.end());
			}
			// the claim as the object of a verb or a preposition ("rejects Washington’s claim that", "despite his
			// claim that"), not the subject of a sentence that judges it
			String governor = String.valueOf(tagged.tagBefore(m.start()));
			if (!Set.of("VERB", "ADP").contains(governor) || alreadyFound(m.end(), before)) {
				continue;
			}
			int end = unit.end();
			int comma = masked.indexOf(", ", m.end());
			if (governor.equals("ADP") && comma > 0 && comma < end) {
				end = comma; // "Despite his claim that C, the court …": the claim ends with the phrase
			}
			Matcher followOn = Cues.FOLLOW_ON.matcher(masked).region(m.end(), end);
			if (followOn.find()) {
				end = followOn.start(); // "rejected X’s claim that C, saying D": D is the rejecter’s
			}
			String holder = m.group(1) != null ? PRONOUNS.get(m.group(1)) : text.substring(m.start(2), m.end(2));
			int count = statements.count();
			statements.addContent(m.end(), end, text.substring(m.start(), m.end()).strip(), holder, u, false);
			for (int added = statements.count() - count; added > 0; added--) {
				statements.found.add(before, statements.found.remove(statements.count() - 1));
			}
		}
	}

}
