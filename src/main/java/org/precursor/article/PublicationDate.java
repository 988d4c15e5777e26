package org.precursor.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date as sure as the source makes it. A stated date is shown as a day; an inferred one only to the month and
 * marked as inferred ("c. Dec 2018, inferred"), so no reader mistakes our estimate for the outlet's dateline.
 */
public record PublicationDate(LocalDate date, DatePrecision precision, String note) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	public PublicationDate {
		if (date == null) {
			precision = DatePrecision.UNKNOWN;
		}
	}

	public static PublicationDate of(LocalDate date, DatePrecision precision, String note) {
		return new PublicationDate(date, precision, note);
	}

	/**
	 * The date of a claim: the day it was made when the article gives one, otherwise the article's date. Either way
	 * it is only as certain as the article's date, since a "said on Monday" is counted from it.
	 */
	public static PublicationDate ofClaim(LocalDate madeOn, LocalDate publishedOn, DatePrecision precision,
			String note) {
		if (madeOn == null) {
			return new PublicationDate(publishedOn, precision, note);
		}
		return new PublicationDate(madeOn, publishedOn == null ? DatePrecision.STATED : precision, note);
	}

	public boolean isKnown() {
		return precision != DatePrecision.UNKNOWN;
	}

	public boolean isInferred() {
		return precision == DatePrecision.INFERRED;
	}

	public String label() {
		return switch (precision) {
			case STATED -> DAY.format(date);
			case INFERRED -> "c. " + MONTH.format(date) + ", inferred";
			case UNKNOWN -> "Date unknown";
		};
	}

	/** The value for a {@code <time datetime>} attribute: no more precise than the label. */
	public String machineValue() {
		return switch (precision) {
			case STATED -> date.toString();
			case INFERRED -> date.toString().substring(0, 7);
			case UNKNOWN -> null;
		};
	}

}
