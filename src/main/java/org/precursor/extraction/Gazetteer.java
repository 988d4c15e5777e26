package org.precursor.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names and aliases of the actors Precursor knows, for matching a speaker's name. Generic aliases ("sources",
 * "a source") are left out: in another article they mean someone else.
 */
final class Gazetteer {

	/** One name form of a known actor. */
	record Form(String slug, String name, boolean person, String form) {
	}

	record Known(String slug, String name, boolean person) {
	}

	static final Gazetteer EMPTY = new Gazetteer(List.of());

	private final Map<String, Known> byForm = new HashMap<>();

	Gazetteer(List<Form> forms) {
		for (Form form : forms) {
			Known known = new Known(form.slug(), form.name(), form.person());
			byForm.putIfAbsent(normal(form.name()), known);
			if (form.form() != null && isSpecific(form.form())) {
				byForm.putIfAbsent(normal(form.form()), known);
			}
		}
	}

	/** The actor called exactly this (ignoring case, "the" and the kind of apostrophe), or null. */
	Known find(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return byForm.get(normal(name));
	}

	/** Words that name no one in particular, whatever their case: an alias made only of them is left out. */
	private static final java.util.Set<String> GENERIC = java.util.Set.of("prosecutors", "sources", "source",
			"officials", "official", "police", "investigators", "authorities", "experts", "cartels", "cartel", "the",
			"a", "an", "government", "ministry", "department", "agency", "committee", "court", "media", "report",
			"spokesperson", "spokesman", "spokeswoman", "officers", "agents", "analysts", "critics", "researchers");

	private static boolean isSpecific(String form) {
		String lower = form.toLowerCase(Locale.ROOT);
		if (lower.equals(form) || GENERIC.containsAll(java.util.List.of(lower.split("\\s+")))) {
			return false;
		}
		return !lower.matches("^(a|an|some|other|another|one|several|many)\\s.*");
	}

	/**
	 * The known organisation named inside a longer label ("the House of Representatives’ select committee on
	 * China"): the longest name or alias of two words or more that the label contains and that makes up at least half
	 * of it, or null.
	 */
	Known findWithin(String label) {
		String text = " " + normal(label).replaceAll("[^\\p{L}\\p{N}'. -]", " ") + " ";
		Known best = null;
		// the name must make up at least half the label: "United Nations" does not name its Office on Drugs and Crime
		int labelWords = text.strip().split("\\s+").length;
		int longest = 0;
		for (Map.Entry<String, Known> entry : byForm.entrySet()) {
			String form = entry.getKey();
			int words = form.split("\\s+").length;
			if (words > longest && words >= 2 && 2 * words >= labelWords && !entry.getValue().person()
					&& text.contains(" " + form + " ")) {
				best = entry.getValue();
				longest = words;
			}
		}
		return best;
	}

	/**
	 * The one known organisation whose name is this label and a qualifier the article left off ("the House select
	 * committee" for the House Select Committee on the CCP), or null when no name or several fit.
	 */
	Known findShortened(String label) {
		String start = normal(label);
		if (start.split("\\s+").length < 2) {
			return null;
		}
		Known found = null;
		for (Map.Entry<String, Known> entry : byForm.entrySet()) {
			String form = entry.getKey();
			if (!entry.getValue().person() && form.matches(java.util.regex.Pattern.quote(start) + " (?:on|of|for|against) .+")) {
				if (found != null && !found.slug().equals(entry.getValue().slug())) {
					return null;
				}
				found = entry.getValue();
			}
		}
		return found;
	}

	static String normal(String name) {
		return name.strip()
			.replace('’', '\'')
			.replaceAll("^(?i)(?:the|a|an)\\s+", "")
			.replaceAll("[.,;:]+$", "")
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}

}
