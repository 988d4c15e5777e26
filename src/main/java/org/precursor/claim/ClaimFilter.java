package org.precursor.claim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import org.precursor.proposition.Stance;
import org.precursor.web.BadRequestException;

/**
 * What a reader asked of the claims list, read from and written back to the address, so that every filtered
 * view can be shared and the back button works. Values that make no sense are dropped and explained in
 * {@link #ignored()} rather than answered with an error page; only search text too long to search is refused.
 * <p>
 * {@code outlet} matches a claim when its article was published by that outlet <em>or</em> originally reported by
 * it: a blog's republished AP story counts for the blog and for AP.
 */
public record ClaimFilter(List<String> outlets, String claimant, boolean rollup, String about, String proposition,
		Stance stance, ClaimKind kind, LocalDate from, LocalDate to, String q, Sort sort, int page,
		List<String> ignored) {

	/** The order of the list: newest first (by the claim's date) unless asked otherwise; or most recently added first. */
	public enum Sort {

		NEWEST, OLDEST, ADDED;

		String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public ClaimFilter {
		outlets = List.copyOf(new LinkedHashSet<>(outlets));
		claimant = blankToNull(claimant);
		rollup = rollup && claimant != null;
		about = blankToNull(about);
		proposition = blankToNull(proposition);
		q = blankToNull(q);
		sort = sort == null ? Sort.NEWEST : sort;
		page = Math.max(page, 1);
		ignored = List.copyOf(ignored);
	}

	public static ClaimFilter none() {
		return new ClaimFilter(List.of(), null, false, null, null, null, null, null, null, null, Sort.NEWEST, 1,
				List.of());
	}

	public static ClaimFilter byClaimant(String slug, boolean rollup) {
		return none().withClaimant(slug, rollup);
	}

	public static ClaimFilter byOutlet(String slug) {
		return none().withOutlets(List.of(slug));
	}

	public static ClaimFilter onProposition(String slug) {
		return none().withProposition(slug);
	}

	/** Reads the filter from request parameters; anything unreadable is left out and noted. */
	public static ClaimFilter parse(MultiValueMap<String, String> params) {
		List<String> ignored = new ArrayList<>();
		List<String> outlets = params.getOrDefault("outlet", List.of()).stream()
			.map(ClaimFilter::blankToNull)
			.filter(slug -> slug != null)
			.toList();
		return new ClaimFilter(outlets, params.getFirst("claimant"), "true".equals(params.getFirst("rollup")),
				params.getFirst("about"), params.getFirst("proposition"), stance(params.getFirst("stance"), ignored),
				kind(params.getFirst("kind"), ignored), date("from", params.getFirst("from"), ignored),
				date("to", params.getFirst("to"), ignored),
				BadRequestException.refuseLongQuery("q", params.getFirst("q")),
				sort(params.getFirst("sort"), ignored), page(params.getFirst("page"), ignored), ignored);
	}

	public ClaimFilter withOutlets(List<String> slugs) {
		return new ClaimFilter(slugs, claimant, rollup, about, proposition, stance, kind, from, to, q, sort, 1,
				ignored);
	}

	public ClaimFilter withOutlet(String slug) {
		List<String> more = new ArrayList<>(outlets);
		more.add(slug);
		return withOutlets(more);
	}

	public ClaimFilter withoutOutlet(String slug) {
		return withOutlets(outlets.stream().filter(outlet -> !outlet.equals(slug)).toList());
	}

	public ClaimFilter withClaimant(String slug, boolean rolledUp) {
		return new ClaimFilter(outlets, slug, rolledUp, about, proposition, stance, kind, from, to, q, sort, 1,
				ignored);
	}

	public ClaimFilter withAbout(String slug) {
		return new ClaimFilter(outlets, claimant, rollup, slug, proposition, stance, kind, from, to, q, sort, 1,
				ignored);
	}

	public ClaimFilter withProposition(String slug) {
		return new ClaimFilter(outlets, claimant, rollup, about, slug, stance, kind, from, to, q, sort, 1, ignored);
	}

	public ClaimFilter withStance(Stance side) {
		return new ClaimFilter(outlets, claimant, rollup, about, proposition, side, kind, from, to, q, sort, 1,
				ignored);
	}

	public ClaimFilter withKind(ClaimKind claimKind) {
		return new ClaimFilter(outlets, claimant, rollup, about, proposition, stance, claimKind, from, to, q, sort, 1,
				ignored);
	}

	public ClaimFilter withDates(LocalDate fromDate, LocalDate toDate) {
		return new ClaimFilter(outlets, claimant, rollup, about, proposition, stance, kind, fromDate, toDate, q, sort,
				1, ignored);
	}

	public ClaimFilter withQuery(String text) {
		return new ClaimFilter(outlets, claimant, rollup, about, proposition, stance, kind, from, to, text, sort, 1,
				ignored);
	}

	public ClaimFilter sortedBy(Sort order) {
		return new ClaimFilter(outlets, claimant, rollup, about, proposition, stance, kind, from, to, q, order, 1,
				ignored);
	}

	public ClaimFilter atPage(int number) {
		return new ClaimFilter(outlets, claimant, rollup, about, proposition, stance, kind, from, to, q, sort, number,
				ignored);
	}

	public boolean isEmpty() {
		return outlets.isEmpty() && claimant == null && about == null && proposition == null && stance == null
				&& kind == null && from == null && to == null && q == null;
	}

	public boolean hasOutlet(String slug) {
		return outlets.contains(slug);
	}

	/** The address of this view of the claims list, in one canonical form. */
	public String url() {
		return urlOn("/claims");
	}

	/** The same filter's parameters on another path, such as the API's or the CSV export's. */
	public String urlOn(String path) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		outlets.forEach(outlet -> url.queryParam("outlet", outlet));
		addIfSet(url, "claimant", claimant);
		if (rollup) {
			url.queryParam("rollup", "true");
		}
		addIfSet(url, "about", about);
		addIfSet(url, "proposition", proposition);
		addIfSet(url, "stance", stance == null ? null : stance.name().toLowerCase(Locale.ROOT));
		addIfSet(url, "kind", kind == null ? null : kindParam(kind));
		addIfSet(url, "from", from);
		addIfSet(url, "to", to);
		addIfSet(url, "q", q);
		if (sort != Sort.NEWEST) {
			url.queryParam("sort", sort.param());
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	public static String kindParam(ClaimKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static void addIfSet(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

	private static Stance stance(String value, List<String> ignored) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			return Stance.parse(value);
		}
		catch (IllegalArgumentException ex) {
			ignored.add("The “stance” value “" + BadRequestException.shortened(value)
					+ "” is not “supports” or “disputes”, so claims on either side are shown.");
			return null;
		}
	}

	private static ClaimKind kind(String value, List<String> ignored) {
		if (blankToNull(value) == null) {
			return null;
		}
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (ClaimKind kind : ClaimKind.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		ignored.add("The “kind” value “" + BadRequestException.shortened(value)
				+ "” is not a kind of claim, so claims of every kind are shown.");
		return null;
	}

	private static LocalDate date(String name, String value, List<String> ignored) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			ignored.add("The “" + name + "” date “" + BadRequestException.shortened(value)
					+ "” is not a date like 2024-06-20, so it was left out.");
			return null;
		}
	}

	private static Sort sort(String value, List<String> ignored) {
		if (blankToNull(value) == null) {
			return Sort.NEWEST;
		}
		try {
			return Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			ignored.add("The “sort” value “" + BadRequestException.shortened(value)
					+ "” is not a sort order (newest, oldest or added), so the newest claims come first.");
			return Sort.NEWEST;
		}
	}

	private static int page(String value, List<String> ignored) {
		if (blankToNull(value) == null) {
			return 1;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			ignored.add("The “page” value “" + BadRequestException.shortened(value)
					+ "” is not a page number, so the first page is shown.");
			return 1;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
