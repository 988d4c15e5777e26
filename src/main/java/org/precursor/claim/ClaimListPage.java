package org.precursor.claim;

import java.util.List;

import org.precursor.web.Pagination;

/**
 * The claims list as shown: one page of claims, the facets beside it, the filters in force and any notes about
 * values that were ignored or matched nothing.
 */
public record ClaimListPage(ClaimFilter filter, List<ClaimCard> claims, Pagination pagination,
		List<FacetValue> outlets, List<FacetValue> claimants, List<FacetValue> subjects,
		List<FacetValue> propositions, List<ActiveFilter> active, List<String> notes, String claimantName, int affiliatesIncluded,
		int facetsSampledFrom) {

	/** The page title, naming the filters in force so a saved or shared page says what it holds. */
	public String title() {
		String subject = active.isEmpty() ? "All claims"
				: "Claims — " + String.join("; ", active.stream().map(ActiveFilter::label).toList());
		return pagination.page() > 1 ? subject + " (page " + pagination.page() + ")" : subject;
	}

	/** Every claim of this view, not only this page, as a spreadsheet. */
	public String csvUrl() {
		return filter.atPage(1).urlOn("/export/claims.csv");
	}

	/** This page of claims as JSON, from the API. */
	public String apiUrl() {
		return filter.urlOn("/api/claims");
	}

	public List<ClaimKind> kinds() {
		return List.of(ClaimKind.values());
	}

	public String kindParam(ClaimKind kind) {
		return ClaimFilter.kindParam(kind);
	}

}
