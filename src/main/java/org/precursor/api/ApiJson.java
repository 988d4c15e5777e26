package org.precursor.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The published shape of the API under {@code /api}. Field names here are a contract with researchers' scripts: add
 * fields, never rename or remove them. The README documents every field. Records elsewhere on the site are named by
 * the identifier their page uses: a slug for actors, outlets and propositions, the number for articles and claims.
 */
public final class ApiJson {

	private ApiJson() {
	}

	/** A record elsewhere on the site: its identifier, its name and its page. */
	public record Ref(String id, String name, String url) {
	}

	/** A coded value with its reader-facing label, e.g. {@code {"id": "DIRECT_QUOTE", "label": "Direct quote"}}. */
	public record Term(String id, String label) {
	}

	/** A date as sure as the source makes it: the ISO day (null when unknown), its precision and the site's label. */
	public record DateValue(LocalDate value, String precision, String label) {
	}

	/** One page of a list, how many there are in all, and the addresses of the pages around it. */
	public record Page<T>(List<T> items, long total, int page, int size, int totalPages, PageLinks links) {
	}

	/** Paths of this list's pages; {@code previous} and {@code next} are null at either end. */
	public record PageLinks(String self, String first, String previous, String next, String last) {
	}

	public record ActorSummary(String id, String name, Term type, String country, Ref parent, String url,
			String api) {
	}

	public record Actor(String id, String name, Term type, String country, Ref parent, String role,
			List<String> aliases, String description, String url, String claims, String feed) {
	}

	public record Outlet(String id, String name, Term kind, String country, String homepage, String description,
			String url, String claims, String feed) {
	}

	public record ArticleSummary(String id, String title, String sourceUrl, Ref outlet, Ref originalOutlet,
			DateValue published, String language, String authors, boolean offTopic, String url, String api) {
	}

	public record Article(String id, String title, String sourceUrl, Ref outlet, Ref originalOutlet,
			DateValue published, String language, String authors, boolean offTopic, String summary, String url,
			List<Claim> claims) {
	}

	public record Proposition(String id, String text, String description, String url, long supporting,
			long disputing, String claims, String feed) {
	}

	/** The side a claim takes on one proposition: {@code SUPPORTS} or {@code DISPUTES}. */
	public record StanceTaken(Ref proposition, String stance) {
	}

	public record Claim(String id, String url, Term kind, boolean quotation, String content, String passage,
			String cue, String speakerMention, String summary, List<Ref> claimants, String claimantRole,
			Ref article, Ref outlet, Ref originalOutlet, DateValue date, List<StanceTaken> stances, List<Ref> about,
			String api) {
	}

}
