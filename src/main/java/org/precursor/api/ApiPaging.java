package org.precursor.api;

import java.util.List;
import java.util.function.IntFunction;

import org.springframework.web.util.UriComponentsBuilder;

import org.precursor.web.BadRequestException;
import org.precursor.web.Pagination;

/**
 * Page and size as a script asks for them: every list is read a page at a time, at most {@value #MAX_SIZE} records,
 * so no request reads a whole table however large the dataset.
 */
record ApiPaging(int page, int size) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 100;

	/** Reads {@code page} (from 1) and {@code size}; a size that is not a whole number from 1 to 100 is refused. */
	static ApiPaging of(String page, String size) {
		return new ApiPaging(Pagination.pageNumber(page), size(size));
	}

	private static int size(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_SIZE;
		}
		String trimmed = value.strip();
		if (!trimmed.matches("\\d{1,3}") || Integer.parseInt(trimmed) < 1 || Integer.parseInt(trimmed) > MAX_SIZE) {
			throw new BadRequestException("size", BadRequestException.shortened(value), "The value “"
					+ BadRequestException.shortened(value) + "” of “size” is not a page size; use a whole number from 1 to "
					+ MAX_SIZE + ".");
		}
		return Integer.parseInt(trimmed);
	}

	/** This page, moved back to the last one when it is past the end of a list of {@code total} records. */
	ApiPaging within(long total) {
		return new ApiPaging(Math.min(page, Pagination.lastPage(size, total)), size);
	}

	int offset() {
		return (Pagination.reachable(page, size) - 1) * size;
	}

	/** The page of items with its links, each the list's address for that page with this size. */
	<T> ApiJson.Page<T> wrap(List<T> items, long total, IntFunction<String> pathOfPage) {
		int last = Pagination.lastPage(size, total);
		IntFunction<String> link = number -> UriComponentsBuilder.fromUriString(pathOfPage.apply(number))
			.replaceQueryParam("page", number)
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
		return new ApiJson.Page<>(List.copyOf(items), total, page, size, last,
				new ApiJson.PageLinks(link.apply(page), link.apply(1), page > 1 ? link.apply(page - 1) : null,
						page < last ? link.apply(page + 1) : null, link.apply(last)));
	}

}
