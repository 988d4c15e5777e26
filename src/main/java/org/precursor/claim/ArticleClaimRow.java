package org.precursor.claim;

import java.time.LocalDate;
import java.util.List;

/** A claim as listed on its article's admin page. */
public record ArticleClaimRow(Long id, int position, String claimantName, String claimantSlug, ClaimKind kind, String text,
		LocalDate madeOn, List<String> about, List<String> stances) {

	public boolean isQuotation() {
		return kind == ClaimKind.DIRECT_QUOTE;
	}

}
