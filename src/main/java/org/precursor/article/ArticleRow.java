package org.precursor.article;

import java.time.LocalDate;

/** An article as listed on the admin page: enough to recognise it and see how many claims it holds. */
public record ArticleRow(Long id, String title, String outletName, LocalDate publishedOn, DatePrecision datePrecision,
		long claims) {
}
