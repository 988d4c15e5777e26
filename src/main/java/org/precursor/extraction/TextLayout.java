package org.precursor.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into paragraphs, quotations and units: a unit is a sentence, or several when a quotation runs across
 * sentence ends, so that no quotation straddles two units. Offsets count characters of the original text.
 */
final class TextLayout {

	/** A quotation: the marks at {@code start} and {@code end - 1}, unless {@code open} (no closing mark). */
	record Quote(int start, int end, boolean open) {

		int innerStart() {
			return start + 1;
		}

		int innerEnd() {
			return open ? end : end - 1;
		}

	}

	record Unit(int start, int end, int paragraph) {
	}

	record Paragraph(int start, int end) {
	}

	final String text;

	/**
	 * The text with its other spaces (no-break, thin) as plain ones and single quotation marks as double ones, so
	 * that the rules read one kind of each.
	 */
	final String plain;

	final List<Paragraph> paragraphs = new ArrayList<>();

	final List<Quote> quotes = new ArrayList<>();

	final List<Unit> units = new ArrayList<>();

	/** The text with every quotation's inside blanked out, so that rules never match words inside quotes. */
	final String masked;

	/** Whether quotations are marked ‘so’, as British outlets do: only when the text has no double marks at all. */
	private final boolean singleMarks;

	TextLayout(String text, SentenceSplitter sentences) {
		this.text = text;
		this.singleMarks = text.indexOf('“') < 0 && text.indexOf('"') < 0 && text.indexOf('‘') >= 0;
		findParagraphs();
		for (Paragraph paragraph : paragraphs) {
			findQuotes(paragraph);
		}
		char[] normal = text.replaceAll("[\\u00A0\\u2007\\u2009\\u200A\\u202F\\u205F\\u3000]", " ").toCharArray();
		for (Quote quote : quotes) {
			normal[quote.start()] = '“';
			if (!quote.open()) {
				normal[quote.end() - 1] = '”';
			}
		}
		this.plain = new String(normal);
		char[] chars = plain.toCharArray();
		for (Quote quote : quotes) {
			for (int i = quote.innerStart(); i < quote.innerEnd(); i++) {
				if (!Character.isWhitespace(chars[i])) {
					chars[i] = '_';
				}
			}
		}
		this.masked = new String(chars);
		for (int p = 0; p < paragraphs.size(); p++) {
			findUnits(p, sentences);
		}
	}

	private void findParagraphs() {
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			int s = start;
			int e = end;
			while (s < e && Character.isWhitespace(text.charAt(s))) {
				s++;
			}
			while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
				e--;
			}
			if (e > s) {
				paragraphs.add(new Paragraph(s, e));
			}
			start = end + 1;
		}
	}

	private void findQuotes(Paragraph paragraph) {
		int open = -1;
		int singleClose = -1;
		for (int i = paragraph.start(); i < paragraph.end(); i++) {
			char c = text.charAt(i);
			if (singleMarks) {
				c = c == '‘' && opensStraight(i) ? '“' : c == '’' && closesSingle(i, paragraph.end()) ? '”' : c;
			}
			if (c == '\'' && open < 0 && opensStraight(i)) {
				singleClose = straightSingleClose(i, paragraph.end());
				if (singleClose > 0) {
					c = '“';
				}
			}
			else if (c == '\'' && i == singleClose) {
				c = '”';
			}
			if (c == '“' || (c == '"' && open < 0 && opensStraight(i))) {
				if (open >= 0 && c == '“') {
					// a stray opening mark: the earlier quotation never closed, start again here
					open = i;
					continue;
				}
				open = i;
			}
			else if ((c == '”' || c == '"') && open >= 0) {
				quotes.add(new Quote(open, i + 1, false));
				open = -1;
			}
		}
		if (open >= 0 && paragraph.end() - open > 1) {
			quotes.add(new Quote(open, paragraph.end(), true));
		}
	}

	/**
	 * The straight single mark that closes one opening at {@code open} ('We are ready,' she said), or -1: the next
	 * one after a letter or punctuation and before no letter, so that "don't", "Xi's" and "the officials' plan"
	 * stay apostrophes.
	 */
	private int straightSingleClose(int open, int end) {
		if (open + 1 >= end || !Character.isLetterOrDigit(text.charAt(open + 1))) {
			return -1;
		}
		for (int i = open + 2; i < end; i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '“') {
				return -1;
			}
			boolean pluralPossessive = text.charAt(i - 1) == 's' && i + 1 < end && text.charAt(i + 1) == ' ';
			if (c == '\'' && !Character.isWhitespace(text.charAt(i - 1))
					&& (i + 1 >= end || !Character.isLetter(text.charAt(i + 1))) && !pluralPossessive) {
				return i;
			}
		}
		return -1;
	}

	/** A ’ that ends a quotation, not an apostrophe: followed by a space or punctuation, after a letter or a mark. */
	private boolean closesSingle(int i, int end) {
		return (i + 1 >= end || !Character.isLetter(text.charAt(i + 1))) && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
	}

	private boolean opensStraight(int i) {
		return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
	}

	private void findUnits(int p, SentenceSplitter sentences) {
		Paragraph paragraph = paragraphs.get(p);
		List<int[]> spans = sentences.split(text, paragraph.start(), paragraph.end());
		int unitStart = -1;
		int unitEnd = -1;
		for (int[] span : spans) {
			if (unitStart < 0) {
				unitStart = span[0];
			}
			unitEnd = span[1];
			if (!insideQuote(unitEnd)) {
				units.add(new Unit(unitStart, unitEnd, p));
				unitStart = -1;
			}
		}
		if (unitStart >= 0) {
			units.add(new Unit(unitStart, paragraph.end(), p));
		}
	}

	/** Whether a cut at this offset would fall inside a quotation (between its marks). */
	boolean insideQuote(int offset) {
		for (Quote quote : quotes) {
			if (offset > quote.start() && offset < quote.end()) {
				return true;
			}
		}
		return false;
	}

	List<Quote> quotesIn(int start, int end) {
		List<Quote> found = new ArrayList<>();
		for (Quote quote : quotes) {
			if (quote.start() >= start && quote.end() <= end) {
				found.add(quote);
			}
		}
		return found;
	}

}
