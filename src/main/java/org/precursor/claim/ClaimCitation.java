package org.precursor.claim;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A ready citation of one claim: who made it, the words, the article, the outlet and the date, then the claim's
 * permalink on this site and the day it was read. The access date is the day the page was rendered; the page's
 * script sets it to the reader's own day, since a kept page may be older.
 */
public record ClaimCitation(String permalink, String body, LocalDate accessed) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	static ClaimCitation of(ClaimCard claim, String permalink, LocalDate accessed) {
		StringBuilder who = new StringBuilder(claim.claimant().name());
		for (int i = 0; i < claim.jointClaimants().size(); i++) {
			who.append(i == claim.jointClaimants().size() - 1 ? " and " : ", ")
				.append(claim.jointClaimants().get(i).name());
		}
		String words = claim.isQuotation() ? "“" + claim.text() + "”" : "claim that " + claim.text();
		String outlet = claim.reportingOutlet().name()
				+ (claim.isRepublished() ? ", republished by " + claim.outlet().name() : "");
		String body = who + ", " + words + ". " + (claim.isQuotation() ? "Quoted in" : "Reported in") + " “"
				+ claim.article().title() + "”, " + outlet + ", " + claim.date().label() + ". Precursor, claim "
				+ claim.id() + ", " + permalink;
		return new ClaimCitation(permalink, body, accessed);
	}

	public String accessedLabel() {
		return DAY.format(accessed);
	}

	/** The whole citation as one line, as it is copied. */
	public String text() {
		return body + " (accessed " + accessedLabel() + ").";
	}

}
