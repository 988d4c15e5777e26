package org.precursor.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the words that name a speaker read alone: their core, their label, whether they name a person or several. */
final class SpeakerLabels {

	private SpeakerLabels() {
	}

	static final Set<String> PERSON_HEADS = Words.set("official", "source", "spokesperson", "spokesman",
			"spokeswoman", "lawyer", "attorney", "analyst", "expert", "officer", "agent", "diplomat", "investigator",
			"prosecutor", "researcher", "professor", "adviser", "advisor", "aide", "executive", "judge", "person",
			"resident", "student", "man", "woman", "witness", "member", "leader", "minister", "senator", "lawmaker",
			"historian", "economist", "activist", "doctor", "scientist", "detective", "director", "chief",
			"representative", "staffer", "insider", "negotiator", "envoy", "officials", "sources", "experts", "analysts",
			"investigators", "prosecutors", "lawmakers", "diplomats", "officers", "agents", "researchers", "advisers",
			"advisors", "aides", "critics", "residents", "people", "members", "leaders", "executives", "lawyers",
			"secretary", "president", "chancellor", "governor", "mayor", "commissioner", "ambassador", "premier",
			"chairman", "chairwoman", "chair", "administrator", "sheriff", "inspector", "superintendent", "commander",
			"general", "congressman", "congresswoman", "mp", "councillor", "councilor", "deputy", "head", "founder",
			"ceo", "manager", "nurse", "father", "mother", "victim", "suspect", "defendant", "owner", "teacher",
			"criminologist", "pharmacist", "physician", "epidemiologist", "toxicologist", "chemist", "journalist");

	/** The name part of a mention: before an apposition or a relative clause. */
	private static final Pattern ADJUNCT_AFTER_SPEAKER = Pattern.compile("^(.*?)\\s+(?:in|on|at|during|to)\\s+(?:its|his|her|their|a|an|the|this|that)\\s.*$");

	private static final Pattern WHEN_AFTER_SPEAKER = Pattern.compile("\\s+(?:(?:on|late|early)\\s+(?:Monday|Tuesday|"
			+ "Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|earlier this|on)\\s+(?:week|month|year|weekend)|"
			+ "yesterday|today)\\s*$");

	static String core(String mention) {
		String core = mention;
		int comma = core.indexOf(',');
		if (comma > 0) {
			core = core.substring(0, comma);
		}
		core = core.replaceAll("\\s+(?:who|which|that)\\s.*$", "");
		Matcher adjunct = ADJUNCT_AFTER_SPEAKER.matcher(core);
		if (adjunct.matches() && !isGroupOfPeople(adjunct.group(1))) {
			// "Trump on his social network", not "Advisors to the transition team", which describes the group
			core = adjunct.group(1);
		}
		core = core.replaceAll("\\s*\\([^)]*\\)", "");
		core = WHEN_AFTER_SPEAKER.matcher(core).replaceAll(""); // "China on Tuesday said"
		return core.strip();
	}

	/** "Advisors", "veterans of the force": a plural noun of people in lower case after its first letter. */
	private static boolean isGroupOfPeople(String words) {
		return isPlural(words) && isPersonLabel(words)
				&& words.substring(1).equals(words.substring(1).toLowerCase(Locale.ROOT));
	}

	static String label(String core) {
		String label = core.replaceAll("^(?i)(?:the|but|and)\\s+", "");
		Matcher indefinite = Pattern.compile("^(?i)(?:a|an|one|another)\\s+(.*)$").matcher(label);
		if (indefinite.matches()) {
			String rest = indefinite.group(1);
			return rest.matches("(?i).*\\b(?:official|source|spokesperson|spokesman|spokeswoman|person|officer|agent|diplomat|investigator|insider|aide|adviser|advisor)\\b.*")
					? "unnamed " + rest : rest;
		}
		return label;
	}

	static boolean isPersonLabel(String core) {
		String head = core.replaceAll("[.,]+$", "");
		head = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		String[] words = core.toLowerCase(Locale.ROOT).split("\\s+");
		for (String word : words) {
			if (PERSON_HEADS.contains(word)) {
				return true;
			}
		}
		return PERSON_HEADS.contains(head);
	}

	static boolean isPlural(String core) {
		String head = core.replaceAll("\\s+(?:of|for|from|in|at|with|on|to|familiar|involved|close|who|interviewed|\\p{Ll}+ing)\\b.*$", "")
			.replaceAll("[.,]+$", "");
		head = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("news") && !head.endsWith("us")
				&& !head.equals("reuters") && !head.endsWith("is") && !head.equals("times") && !head.equals("states")
				|| Set.of("police", "media", "staff", "people").contains(head);
	}

	static String clean(String mention) {
		return mention.strip()
			.replaceAll("^(?:But|And|So|Yet|However,?)\\s+", "")
			.replaceAll("[,.;:]+$", "")
			.strip();
	}

}
