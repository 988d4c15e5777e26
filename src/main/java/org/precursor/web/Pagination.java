package org.precursor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Which page of a long list is shown and the links to the others: first, last and a window around the current
 * page, with gaps marked, so the control stays short however long the list.
 */
public record Pagination(int page, int pageSize, long total, List<PageLink> links, String previousUrl,
		String nextUrl) {

	private static final int WINDOW = 2;

	/** One entry of the control; a gap has neither number nor address. */
	public record PageLink(Integer number, String url, boolean current) {

		public boolean isGap() {
			return number == null;
		}

	}

	public static Pagination of(int page, int pageSize, long total, IntFunction<String> urlForPage) {
		int last = lastPage(pageSize, total);
		int current = Math.min(Math.max(page, 1), last);
		List<PageLink> links = new ArrayList<>();
		int previousShown = 0;
		for (int number = 1; number <= last; number++) {
			boolean edge = number == 1 || number == last;
			if (edge || Math.abs(number - current) <= WINDOW) {
				if (number - previousShown > 1) {
					links.add(new PageLink(null, null, false));
				}
				links.add(new PageLink(number, urlForPage.apply(number), number == current));
				previousShown = number;
			}
		}
		return new Pagination(current, pageSize, total, List.copyOf(links),
				current > 1 ? urlForPage.apply(current - 1) : null,
				current < last ? urlForPage.apply(current + 1) : null);
	}

	/**
	 * A requested page number made safe to query: at least 1, and never so high that its first row's offset would
	 * not fit the database's row numbers (page 43,000,000 of 50). Callers then show the last page when the number is
	 * past it, as {@link #of} does.
	 */
	/** A page number from the address: 1 when absent or not a positive whole number. */
	public static int pageNumber(String value) {
		if (value == null || !value.strip().matches("\\d{1,9}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(value.strip()));
	}

	public static int reachable(int page, int pageSize) {
		return Math.min(Math.max(page, 1), Integer.MAX_VALUE / Math.max(pageSize, 1));
	}

	/** The last page number for a list of this size: at least 1, so an empty list still has a page. */
	public static int lastPage(int pageSize, long total) {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean isNeeded() {
		return total > pageSize;
	}

	public long firstShown() {
		return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
	}

	public long lastShown() {
		return Math.min(total, (long) page * pageSize);
	}

}
