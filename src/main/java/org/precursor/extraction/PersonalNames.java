package org.precursor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full personal names a text uses ("Rep. Mike Gallagher" gives "Mike Gallagher"), for expanding a surname to
 * the name used earlier and for finding the people sentences open with; and the rule that reads a name out of a
 * run of titles and capitalised words.
 */
final class PersonalNames {

	private static final Set<String> TITLES = Words.set("rep", "reps", "sen", "senator", "president", "vice", "prime",
			"minister", "secretary", "attorney", "general", "judge", "justice", "gov", "governor", "mayor", "chairman",
			"chairwoman", "chair", "director", "ambassador", "commissioner", "chief", "deputy", "assistant", "special",
			"agent", "officer", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "lt", "col", "sgt", "capt", "gen",
			"adm", "rev", "sheriff", "detective", "inspector", "superintendent", "premier", "chancellor", "speaker",
			"leader", "representative", "congressman", "congresswoman", "sergeant", "captain", "lieutenant", "colonel",
			"admiral", "commander", "former", "acting", "interim", "spokesman", "spokeswoman", "spokesperson",
			"administrator", "u.s", "us", "state", "foreign", "defense", "trade", "treasury", "homeland", "security",
			"health", "public", "republican", "democrat", "democratic", "conservative", "liberal", "labour", "house",
			"senate", "minority", "majority", "whip", "envoy", "czar", "executive", "ceo", "president-elect", "sir",
			"dame", "lord", "department", "ministry", "office", "agency", "administration", "commission", "committee",
			"police", "embassy", "council", "university", "institute", "bureau", "service", "services", "court",
			"party", "government", "association", "center", "centre", "foundation", "group", "cartel", "force", "army",
			"navy", "national", "federal", "international", "news", "times", "post", "journal", "reuters", "press",
			"control", "narcotics", "drug", "enforcement", "border", "customs", "protection", "attorney-general",
			"district", "county", "city", "mr.", "the", "and", "of", "for", "on", "in", "at", "to", "with", "by",
			"senior", "top", "white", "staff", "counsel", "lawyer", "analyst", "researcher", "fellow", "expert",
			"officials", "said", "says", "told", "according", "but", "while", "however", "also", "emeritus",
			"supervisor", "councilmember", "councilman", "councilwoman", "councillor", "councilor", "alderman", "assemblyman", "assemblywoman",
			"delegate", "trustee", "magistrate", "constable", "marshal", "coroner", "examiner", "spokesperson", "mp",
			"mep", "lawmaker", "pastor", "bishop", "rabbi", "imam", "provost", "college", "school", "academy", "hospital",
			"museum", "fund", "bank", "company", "corporation", "club", "network", "alliance", "coalition", "council");

	private static final Pattern NAME_RUN = Pattern.compile(
			"(?<![\\p{L}’'])(?:\\p{Lu}[\\p{L}’'\\-.]*\\.?|(?:de|van|von|bin|al|da|del|la|le)(?!\\p{L}))(?:\\s+(?:\\p{Lu}[\\p{L}’'\\-.]*|al-|(?:de|van|von|bin|da|del|la|le)(?!\\p{L})))*");

	private final String text;

	private final List<int[]> nameOffsets = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	/** Offsets of full names that open a sentence: the subjects a later "he" or "she" may mean. */
	private final List<Integer> subjectNames = new ArrayList<>();

	PersonalNames(String text) {
		this.text = text;
		Matcher m = NAME_RUN.matcher(text);
		while (m.find()) {
			// a run of capitals may cross a sentence end ("in Canada. Trump said"): each sentence's part alone
			int partStart = m.start();
			for (String part : m.group().split("(?<=\\p{L}{3})\\.\\s+")) {
				String name = personalName(part.replaceAll("[’']s$", "")); // "Donald Trump’s return"
				if (name != null && name.contains(" ")) {
					nameOffsets.add(new int[] { partStart, partStart + part.length() });
					names.add(name);
					if (opensSentence(partStart)) {
						subjectNames.add(names.size() - 1);
					}
				}
				partStart += part.length() + 1;
			}
		}
		subjectSurnames();
	}

	/** "Trump is", "Already, Trump is", "Mr. Brosseau, who spent 30 years with the force, declined". */
	private static final Pattern SURNAME_SUBJECT = Pattern.compile("(?:^|[.!?”]\\s+|\\n)(?:[A-Z][a-z]+,\\s+)?(?:(?:Mr|Mrs|Ms|Dr)\\.\\s+)?"
			+ "(\\p{Lu}\\p{Ll}+)(?:,\\s+(?:who|a|an|the)\\s[^,.;“”]{1,80},)?\\s+(?:is|was|has|had|will|would|\\p{Ll}+ed|\\p{Ll}+s)\\b");

	/** "Already, Trump is signaling" after "Donald Trump" was named: a subject a later "he" may mean, too. */
	private void subjectSurnames() {
		Matcher m = SURNAME_SUBJECT.matcher(text);
		int known = names.size();
		while (m.find()) {
			String surname = m.group(1);
			for (int i = 0; i < known; i++) {
				String name = names.get(i);
				if (nameOffsets.get(i)[0] < m.start(1) && name.endsWith(" " + surname)) {
					nameOffsets.add(new int[] { m.start(1), m.end(1) });
					names.add(name);
					subjectNames.add(names.size() - 1);
					break;
				}
			}
		}
		// the surnames were found after the full names; the openers are read in the text's order
		subjectNames.sort(java.util.Comparator.comparingInt(index -> nameOffsets.get(index)[0]));
	}

	private boolean opensSentence(int offset) {
		int i = offset - 1;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '“' || text.charAt(i) == '"')) {
			i--;
		}
		return i < 0 || text.charAt(i) == '\n' || ".!?”\"".indexOf(text.charAt(i)) >= 0 && i + 1 < offset;
	}

	/** The full name used for this surname, the latest before {@code at} if any; the surname itself when none. */
	String fullName(String surname, int at) {
		String best = null;
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			String last = name.substring(name.lastIndexOf(' ') + 1);
			String first = name.substring(0, name.indexOf(' '));
			if (last.equals(surname) || name.endsWith(" " + surname)
					|| (best == null && first.equals(surname) && !surname.contains(" "))) {
				if (nameOffsets.get(i)[0] < at || best == null) {
					best = name;
				}
			}
		}
		return best == null ? surname : best;
	}

	/**
	 * The personal name at the end of a run of capitalised words, titles and organisations dropped ("Former U.S.
	 * Attorney General William Barr" gives "William Barr"), or null when the words name no person.
	 */
	/**
	 * Words that make a run of capitals a place's or an organisation's name, not a person's: "Pima County", "Criminal
	 * Intelligence Service Canada" (where "Service" would otherwise pass as a title before the name "Canada").
	 */
	private static final Set<String> ORGANISATION_WORDS = Words.set("county", "city", "state", "province", "district",
			"republic", "kingdom", "island", "islands", "department", "ministry", "office", "agency", "administration",
			"commission", "committee", "police", "embassy", "council", "university", "institute", "bureau", "service",
			"services", "court", "party", "government", "association", "center", "centre", "foundation", "group",
			"cartel", "force", "army", "navy", "media", "reuters", "news", "times", "post", "journal", "press",
			"enforcement", "customs", "protection");

	static String personalName(String phrase) {
		String[] words = phrase.strip().split("\\s+");
		int end = words.length;
		while (end > 0 && words[end - 1].matches("[.,;:]+")) {
			end--;
		}
		int start = end;
		while (start > 0) {
			String word = words[start - 1];
			String bare = word.replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT);
			boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
			boolean particle = Words.set("de", "van", "von", "bin", "al", "da", "del", "la", "le").contains(bare);
			if ((!capitalised && !particle) || TITLES.contains(bare) || word.endsWith("’s") || word.endsWith("'s")
					|| bare.matches(".*\\d.*") || (bare.length() <= 1)) {
				break;
			}
			start--;
		}
		if (start == end || end - start > 4) {
			return null;
		}
		if (start > 0 && Set.of("in", "of", "at", "from", "for", "on", "near", "across", "to", "with", "by", "around")
			.contains(words[start - 1].toLowerCase(Locale.ROOT))) {
			return null; // "Police in British Columbia": a place
		}
		if (end - start == 1 && start > 0) {
			String before = words[start - 1].replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT);
			boolean title = TITLES.contains(before) && !Set.of("of", "and", "on", "for", "the", "in", "at", "to", "with", "by").contains(before)
					&& !ORGANISATION_WORDS.contains(before); // "Criminal Intelligence Service Canada" names no person
			if (!title && !words[start - 1].endsWith("’s") && !words[start - 1].endsWith("'s")) {
				return null; // "the United Nations Office on Drugs and Crime" names no person
			}
		}
		if (end < words.length && !words[end].matches("[.,;:]+")) {
			return null;
		}
		String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, end)).replaceAll("[.,]+$", "");
		if (java.util.Arrays.stream(name.split("\\s+")).anyMatch(word -> ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT)))
				|| name.equals(name.toUpperCase(Locale.ROOT))) {
			return null;
		}
		// an initial standing alone, or an abbreviation, names nobody
		if (name.length() < 3) {
			return null;
		}
		return name;
	}

	List<Integer> sentenceOpeners() {
		return subjectNames;
	}

	int offset(int index) {
		return nameOffsets.get(index)[0];
	}

	String name(int index) {
		return names.get(index);
	}

}
