package org.precursor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.Attribution.Link;
import org.precursor.extraction.TextLayout.Quote;

/**
 * The statements found so far, and how a found stretch becomes one: trimmed of datelines and final punctuation,
 * split where a follow-on statement starts, and direct when a quotation makes up all of it.
 */
final class Statements {

	final List<Attribution> found = new ArrayList<>();

	private final TextLayout layout;

	private final String text;

	private final String masked;

	Statements(TextLayout layout) {
		this.layout = layout;
		this.text = layout.plain;
		this.masked = layout.masked;
	}

	int count() {
		return found.size();
	}

	/** ", while residents say": a second speaker inside a statement. */
	private static final Pattern OTHER_SPEAKER = Pattern.compile(",\\s+(?:while|whereas|but)\\s+"
			+ "((?!(?:what|which|who|how|as|that|this|there)\\b)(?:[\\p{L}][\\w’'.-]*\\s+){0,3}?[\\p{L}][\\w’'.-]*)\\s+"
			+ "(say|says|said|argue|argues|argued|contend|contends|insist|insists|warn|warns|warned|claim|claims|claimed|"
			+ "believe|believes|maintain|maintains)\\s+(?:that\\s+)?");

	/** ", while Chinese launderers have …": a second clause, not "while helping" or "while helpful in some areas". */
	private static final Pattern CONTRAST = Pattern.compile(",\\s+(?:while|whereas)\\s+(?!\\w+ing\\b|\\w+ly\\b|[^,]{0,25},)(?=\\w)");

	private static final Pattern TRAILING_ACCORDING_TO = Pattern.compile(",\\s+according to\\b[^,;“”_]*$");

	/** The label a headline opens with. */
	private static final Pattern KICKER = Pattern.compile("(?:Exclusive|EXCLUSIVE|Analysis|Factbox|Explainer|Breaking|BREAKING|Update|Insight|Focus|Special Report|Fact check|Live)\\s*:\\s+");

	/**
	 * Records the statement in [start, end) of the current unit: trims it, cuts off a follow-on statement ("…, adding
	 * that …"), and decides whether it is a direct quotation. Returns where it ends.
	 */
	int addContent(int start, int end, String cue, String mention, int u, boolean post) {
		start = skip(start, end, ",", ":");
		Matcher dateline = Cues.DATELINE.matcher(masked).region(start, end);
		if (dateline.lookingAt()) {
			start = dateline.end(); // "WASHINGTON (AP) — C, officials said"
		}
		Matcher kicker = KICKER.matcher(masked).region(start, end);
		if (kicker.lookingAt()) {
			start = kicker.end(); // "Exclusive: China weighs a crackdown, sources say"
		}
		if (post) {
			Matcher connective = Cues.CONNECTIVE.matcher(masked).region(start, end);
			if (connective.lookingAt() && Character.isUpperCase(masked.charAt(start))) {
				start = connective.end();
			}
		}
		Matcher accordingTo = TRAILING_ACCORDING_TO.matcher(masked).region(start, end);
		if (accordingTo.find()) {
			end = accordingTo.start(); // "the report found C, according to a summary": the source is not the statement
		}
		Matcher followOn = Cues.FOLLOW_ON.matcher(masked).region(start, end);
		int followStart = -1;
		String followCue = null;
		if (followOn.find()) {
			followStart = followOn.end();
			followCue = Cues.followOnCue(followOn, cue);
			end = followOn.start();
		}
		int secondStart = -1;
		String secondCue = cue;
		String secondMention = mention;
		Matcher other = OTHER_SPEAKER.matcher(masked).region(start, end);
		Matcher contrast = CONTRAST.matcher(masked).region(start, end);
		int firstEnd = end;
		if (followStart < 0 && other.find()) {
			// "C, while residents say D": a second speaker's statement
			firstEnd = other.start();
			secondStart = other.end();
			secondMention = other.group(1);
			secondCue = other.group(2);
		}
		else if (followStart < 0 && post && contrast.find()) {
			// "C, while D, officials said": two statements of one speaker
			firstEnd = contrast.start();
			secondStart = contrast.end();
		}
		int secondEnd = end;
		end = firstEnd;
		int contentEnd = trimEnd(start, end);
		if (contentEnd > start && !(masked.charAt(contentEnd - 1) == '?' && !post)) {
			add(start, contentEnd, cue, mention, u);
		}
		if (secondStart > 0) {
			int otherEnd = trimEnd(secondStart, secondEnd);
			if (otherEnd - secondStart > 8) {
				add(secondStart, otherEnd, secondCue, secondMention, u);
			}
			return secondEnd;
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

	void add(int start, int end, String cue, String mention, int u) {
		Quote whole = wholeQuote(start, end);
		if (whole != null) {
			int innerEnd = whole.innerEnd();
			while (innerEnd > whole.innerStart() && ",.".indexOf(text.charAt(innerEnd - 1)) >= 0) {
				innerEnd--;
			}
			addQuoted(whole.innerStart(), innerEnd, cue, cleanMention(mention), u);
			return;
		}
		if (text.substring(start, end).split("\\s+").length < 2) {
			return;
		}
		found.add(new Attribution(start, end, false, cue, cleanMention(mention), Link.OWN, u));
	}

	/** An ellipsis between spaces: words left out of a quotation, which joins what the speaker said apart. */
	private static final Pattern OMISSION = Pattern.compile("\\s(?:…|\\.\\s?\\.\\s?\\.)\\s");

	/** A sentence cut off by an omission before its main clause: "And if they are slow to act …". */
	private static final Pattern DANGLING = Pattern.compile("(?<=[.!?])\\s+(?:(?:And|But|So)\\s+)?(?:if|If|when|When|because|Because|although|Although|though|Though|while|While|unless|Unless|as|As|since|Since)\\b[^.!?]*$");

	/** A quotation, one statement per stretch between omissions, each without a dangling clause before the next. */
	private void addQuoted(int start, int end, String cue, String mention, int u) {
		Matcher omission = OMISSION.matcher(text).region(start, end);
		int pieceStart = start;
		while (pieceStart < end) {
			boolean cut = omission.find();
			int pieceEnd = cut ? omission.start() : end;
			Matcher dangling = DANGLING.matcher(text).region(pieceStart, pieceEnd);
			if (cut && dangling.find()) {
				pieceEnd = dangling.start();
			}
			int e = pieceEnd;
			while (e > pieceStart && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0
					|| (cut || e < end) && text.charAt(e - 1) == '.')) {
				e--;
			}
			if (e > pieceStart && (!cut && pieceStart == start || text.substring(pieceStart, e).split("\\s+").length >= 3)) {
				found.add(new Attribution(pieceStart, e, true, cue, mention, Link.OWN, u));
			}
			pieceStart = cut ? omission.end() : end;
		}
	}

	static String cleanMention(String mention) {
		return mention.strip().replaceAll("^[,:;—–\\s]+|[,:;—–\\s]+$|(?<=\\p{Ll}{2})\\.$", "");
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

	int skip(int at, int end, String... marks) {
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
	int trimEnd(int start, int end) {
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
