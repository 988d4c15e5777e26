package org.precursor.supplychain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.precursor.article.DatePrecision;
import org.precursor.claim.ClaimKind;

/**
 * A claim cited for a link, with what a reader needs beside it: who made it, the verbatim text, the article and
 * outlet that reported it, and the date. Read in one query for a whole page of links.
 */
public record EvidenceClaim(long linkId, EvidenceRole role, long claimId, String claimKey, ClaimKind kind,
		String text, long claimantId, String claimantSlug, String claimantName, long articleId, String articleTitle,
		String articleUrl, long outletId, String outletSlug, String outletName, Long originalOutletId,
		String originalOutletSlug, String originalOutletName, LocalDate madeOn, LocalDate publishedOn,
		DatePrecision datePrecision) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	/** Only a direct quote is shown in quotation marks; other kinds are the article's own sentence. */
	public boolean quotation() {
		return kind == ClaimKind.DIRECT_QUOTE;
	}

	/** The outlet that did the reporting: the original one when the article is a republication. */
	public String reportingOutletSlug() {
		return originalOutletSlug != null ? originalOutletSlug : outletSlug;
	}

	public String reportingOutletName() {
		return originalOutletName != null ? originalOutletName : outletName;
	}

	/** The outlet that republished the story, or null when the reporting outlet published it itself. */
	public String republisherSlug() {
		return originalOutletSlug != null ? outletSlug : null;
	}

	public String republisherName() {
		return originalOutletSlug != null ? outletName : null;
	}

	/** The claim's own date when the article states it, otherwise the article's. */
	public LocalDate date() {
		return madeOn != null ? madeOn : publishedOn;
	}

	/** The date as readers should see it: an inferred date is marked so, never shown as a bare date. */
	public DatePrecision effectivePrecision() {
		if (madeOn != null) {
			return DatePrecision.STATED;
		}
		return publishedOn == null ? DatePrecision.UNKNOWN : datePrecision;
	}

	public String dateLabel() {
		return switch (effectivePrecision()) {
			case STATED -> date().format(DAY);
			case INFERRED -> "c. " + date().format(MONTH) + ", inferred";
			case UNKNOWN -> "date unknown";
		};
	}

	public boolean matches(EvidenceScope scope) {
		return scope.includes(claimantId, outletId, originalOutletId);
	}

}
