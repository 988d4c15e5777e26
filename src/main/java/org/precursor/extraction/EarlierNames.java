package org.precursor.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text before a mention named more fully: the organisation behind "the embassy", the author of "the
 * report", the qualified group behind "officials".
 */
final class EarlierNames {

	private final String text;

	EarlierNames(String text) {
		this.text = text;
	}

	private static final Pattern BARE_GROUP = Pattern.compile("(?i)^(?:(?:the|those|these|some)\\s+)?((?:\\p{Ll}[\\p{Ll}-]*\\s+)?(officials|authorities|investigators|prosecutors|diplomats|lawmakers|agents))$");

	/**
	 * "Officials said" or "those officials" after "U.S. officials met …": the group as the text qualified it last,
	 * within the few paragraphs before.
	 */
	String qualified(String core, int at) {
		Matcher bare = BARE_GROUP.matcher(core);
		if (!bare.matches() || !Character.isLowerCase(bare.group(1).charAt(0)) && bare.group(1).contains(" ")) {
			return null;
		}
		String group = bare.group(2).toLowerCase(Locale.ROOT);
		Matcher qualified = Pattern.compile("\\b((?:\\p{Lu}(?:(?:\\.\\p{Lu})+\\.|[\\p{L}’'-]*)\\s+){1,3})(?:(?!(?:that|which|who|and|or|but|the|a|an|of|to|in|on|for|with|by|from|as|at|say|says|said)\\b)"
				+ "\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?" + group + "\\b")
			.matcher(text).region(Math.max(0, at - 1500), Math.max(0, at - 1));
		String last = null;
		while (qualified.find()) {
			String name = qualified.group().replaceAll("^(?:The|A|An|But|And|Some|Other|Those|These|Many|Several|Most|Both)\\s+", "");
			if (Character.isUpperCase(name.charAt(0)) && !name.toLowerCase(Locale.ROOT).startsWith(group)) {
				last = name;
			}
		}
		return last;
	}


	/**
	 * "The embassy" where no speaker was called so: the organisation the text named before with that word
	 * ("the Chinese Embassy in Washington"), or null.
	 */
	String organisation(String core, int at) {
		Matcher m = Pattern.compile("(?i)^the\\s+(embassy|ministry|department|committee|commission|agency|bureau|office|council|court|administration|institute|university|company|cartel|police|party|government|newspaper|center|centre|foundation|group)$").matcher(core);
		if (!m.matches()) {
			return null;
		}
		String head = m.group(1).toLowerCase(Locale.ROOT);
		Matcher named = Pattern.compile("(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,5}(?i:" + head + ")"
				+ "(?:\\s+(?:of|in|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)*)?")
			.matcher(text.substring(0, Math.min(at, text.length())));
		String last = null;
		while (named.find()) {
			String name = named.group().replaceAll("^(?:The|A|An|But|And|Its|His|Her|Their|This|That)\\s+", "");
			if (!name.equalsIgnoreCase(head) && !name.matches("(?s).*[’']s\\s.*")) {
				last = name; // not "Wang’s ministry", which names no ministry
			}
		}
		return last;
	}

	/** "The report" after "a report issued in April by the House select committee": that committee. */
	String author(String core, int at) {
		Matcher m = Pattern.compile("(?i)^the\\s+(report|study|statement|indictment|complaint|letter|survey|analysis|review|audit|assessment|document|filing|memo)$").matcher(core);
		if (!m.matches()) {
			return null;
		}
		Matcher by = Pattern.compile("(?i)\\b" + m.group(1) + "\\b[^.;]{0,100}?\\b(?:by|from)\\s+((?:the\\s+)?\\p{Lu}[^,.;]{0,80}?)(?=\\s+(?:that|which|calls?|says?|said|found|finds|shows?|on \\p{Lu}\\w+day)\\b|[,.;]|$)")
			.matcher(text.substring(0, Math.min(at, text.length())));
		String last = null;
		while (by.find()) {
			last = by.group(1);
		}
		return last;
	}

}
