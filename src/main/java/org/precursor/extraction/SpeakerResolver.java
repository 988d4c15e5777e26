package org.precursor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.precursor.extraction.ProposedClaim.ProposedSpeaker;

/**
 * Turns the words that name a speaker into who it is, reading the article in order: pronouns to the last fitting
 * speaker, surnames to the full name used earlier, "the official" to the official quoted before, titles dropped,
 * and names to the known actor they match.
 */
final class SpeakerResolver {

	/** A speaker met so far, for pronouns and definite descriptions to refer back to. */
	record Speaker(String name, String actor, String mention, boolean person, boolean plural) {

		ProposedSpeaker proposed() {
			return new ProposedSpeaker(name, actor);
		}

	}

	private static final Set<String> ANAPHORS = Words.set("official", "source", "spokesperson", "spokesman",
			"spokeswoman", "report", "statement", "embassy", "ministry", "committee", "department", "agency", "company",
			"group", "government", "administration", "court", "indictment", "complaint", "document", "study", "lawsuit",
			"filing", "letter", "memo", "analysis", "survey", "diplomat", "officer", "agent", "prosecutor", "lawyer",
			"analyst", "senator", "lawmaker", "minister", "president", "police", "newspaper", "agency", "firm", "bank",
			"cartel", "officials", "sources", "experts", "investigators", "prosecutors", "authorities", "researchers",
			"lawmakers", "plan", "bill", "panel", "commission", "office", "organization", "council", "board", "union",
			"campaign", "team", "party", "board", "outlet", "broadcaster", "daily", "website", "paper", "proposal",
			"presentation", "data");

	private static final Pattern GENDERED = Pattern.compile("(?i)\\b(?:(mr\\.?|spokesman|chairman|congressman|businessman|"
			+ "father|son|brother|husband|king|prince)|(?:mrs\\.?|ms\\.?|spokeswoman|chairwoman|congresswoman|businesswoman|"
			+ "mother|daughter|sister|wife|queen|princess))\\b");

	private final Gazetteer gazetteer;

	private final String text;

	private final PersonalNames names;

	private final EarlierNames earlierNames;

	private final List<Speaker> history = new ArrayList<>();

	private final List<Integer> historyAt = new ArrayList<>();

	/** The pronoun ("he" or "she") each person has been referred to with, so that the other one skips them. */
	private final java.util.Map<String, String> pronouns = new java.util.HashMap<>();

	/** Whether a person may be meant by "he" or "she": by the pronoun used for them so far, else by name or title. */
	private boolean fits(String name, String pronoun) {
		String known = pronouns.computeIfAbsent(name, n -> {
			String suggested = FirstNames.pronounOf(n, text);
			return suggested == null ? "" : suggested;
		});
		return known.isEmpty() || known.equals(pronoun);
	}

	SpeakerResolver(Gazetteer gazetteer, String text) {
		this.gazetteer = gazetteer;
		this.text = text;
		this.names = new PersonalNames(text);
		this.earlierNames = new EarlierNames(text);
	}

	/** The person a sentence opened with since the last speaker, when no later speaker fits the pronoun. */
	private Speaker subjectSince(int since, int at, String pronoun) {
		List<Integer> openers = names.sentenceOpeners();
		for (int k = openers.size() - 1; k >= 0; k--) {
			int index = openers.get(k);
			int offset = names.offset(index);
			if (offset >= at) {
				continue;
			}
			if (offset <= since) {
				return null;
			}
			Speaker named = describe(names.name(index), offset);
			if (named.person() && fits(named.name(), pronoun)) {
				return named;
			}
		}
		return null;
	}

	/** "The senator did not mince words." before the first "she": a sentence opened by a person's description. */
	private static final Pattern LABEL_OPENING = Pattern.compile("(?:\\A|[.!?”]\\s+)((?:The|A|An)\\s+(?:[\\w’'-]+\\s+){0,2}?[a-z][\\w-]*)\\s+(?!said|says|told)[a-z]+");

	private Speaker labelOpening(int at, String pronoun) {
		Matcher m = LABEL_OPENING.matcher(text).region(Math.max(0, at - 600), at);
		Speaker last = null;
		while (m.find()) {
			String label = m.group(1);
			if (SpeakerLabels.isPersonLabel(label) && !SpeakerLabels.isPlural(label) && !GENDERED.matcher(label).find()) {
				last = describe(label, m.start(1));
			}
		}
		return last != null && last.person() && !last.plural() && fits(last.name(), pronoun) ? last : null;
	}

	Speaker resolve(String mention, int at) {
		String cleaned = SpeakerLabels.clean(mention);
		String lower = cleaned.toLowerCase(Locale.ROOT);
		Speaker resolved;
		if (Set.of("he", "she", "him", "her").contains(lower)) {
			String pronoun = lower.equals("he") || lower.equals("him") ? "he" : "she";
			int found = lastIndex(s -> s.person() && !s.plural() && fits(s.name(), pronoun));
			Speaker subject = subjectSince(found < 0 ? -1 : historyAt.get(found), at, pronoun);
			if (subject == null && found < 0) {
				subject = labelOpening(at, pronoun);
			}
			resolved = subject != null ? subject : found >= 0 ? history.get(found) : unresolved(cleaned);
			if (subject != null || found >= 0) {
				remember(resolved.name(), pronoun);
			}
		}
		else if (lower.equals("others")) {
			resolved = others(at);
		}
		else if (Set.of("they", "them", "several", "some", "many", "most", "both", "all", "few").contains(lower)) {
			int found = lastIndex(Speaker::plural);
			if (found < 0) {
				found = lastIndex(s -> !s.person());
			}
			resolved = found >= 0 ? history.get(found) : unresolved(cleaned);
		}
		else if (lower.equals("it")) {
			int found = lastIndex(s -> !s.person() && !s.plural());
			resolved = found >= 0 ? history.get(found) : unresolved(cleaned);
		}
		else {
			resolved = describe(cleaned, at);
			Matcher gendered = GENDERED.matcher(cleaned);
			if (gendered.find()) {
				remember(resolved.name(), gendered.group(1) != null ? "he" : "she");
			}
		}
		history.add(new Speaker(resolved.name(), resolved.actor(), cleaned, resolved.person(), resolved.plural()));
		historyAt.add(at);
		return resolved;
	}

	private static final Pattern PLURAL_WORD = Pattern.compile("\\b(\\p{L}+s)\\b");

	/**
	 * "Analysts were divided. … Others warned": more of the group of people the sentences before named, not the
	 * last speaker, which they are set against.
	 */
	private Speaker others(int at) {
		Matcher words = PLURAL_WORD.matcher(text).region(Math.max(0, at - 600), Math.max(0, at));
		String group = null;
		while (words.find()) {
			String word = words.group(1).toLowerCase(Locale.ROOT);
			boolean people = SpeakerLabels.PERSON_HEADS.contains(word)
					|| SpeakerLabels.PERSON_HEADS.contains(word.substring(0, word.length() - 1));
			if (people && SpeakerLabels.isPlural(word) && !word.equals("people")) {
				group = word;
			}
		}
		String name = group == null ? "others" : "other " + group;
		return new Speaker(name, null, name, true, true);
	}

	/** A speaker taken over from a neighbouring statement: remembered again as the most recent one. */
	void repeat(Speaker speaker, int at) {
		history.add(speaker);
		historyAt.add(at);
	}

	private void remember(String name, String pronoun) {
		if (pronouns.getOrDefault(name, "").isEmpty()) {
			pronouns.put(name, pronoun);
		}
	}

	private int lastIndex(java.util.function.Predicate<Speaker> fits) {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (fits.test(history.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static Speaker unresolved(String pronoun) {
		return new Speaker(pronoun, null, pronoun, true, false);
	}

	/** A capitalised word that is a plural noun of people, not a surname: "Prosecutors", "Economists". */
	private static final Pattern PLURAL_NOUN = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ers|ors|ists|ians|ents|ants|ives|ials|ees|ics|ies)");

	private static final Pattern DOCUMENT_BY = Pattern.compile("(?i)^(?:a|an|the|its|his|her|their)?\\s*(?:new\\s+|recent\\s+|written\\s+|joint\\s+)?"
			+ "(?:report|statement|study|analysis|letter|indictment|complaint|filing|memo|document|survey|assessment|review|audit|release|press release)"
			+ "\\b.*?\\b(?:by|from)\\s+(.+)$");

	private static final Pattern AUTHOR_BEFORE_DOCUMENT = Pattern.compile("(?i)^(?:a|an|the)?\\s*(?:new\\s+|recent\\s+|previous\\s+)?"
			+ "(\\p{Lu}[\\p{L}.’'&-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.’'&-]*){0,5})\\s+(?:investigation|report|reporting|analysis|study|"
			+ "survey|review|poll|audit|assessment|data|tally|count|estimates?|figures|statistics|records|documents)\\b.*$");

	private static final Pattern AND_OTHERS = Pattern.compile("^(\\p{Lu}[^,]*?)\\s+and\\s+(?:several\\s+|many\\s+|some\\s+)?others\\b.*$");

	private static final Pattern REDUCED_RELATIVE = Pattern.compile("\\s+(?:focused|based|known|charged|tasked|responsible|led|headed|"
			+ "working|familiar|involved|close|interviewed|appointed|created|set up|speaking|dealing|investigating)\\b.*$");

	/** "China’s Xi", "Mexico’s Sheinbaum": a person named with their country or organisation before them. */
	private static final Pattern OWNER_BEFORE_NAME = Pattern.compile("^\\p{Lu}[\\p{L}.’'-]*?[’']s\\s+(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)$");

	private static final Pattern HEAD_BEFORE_PLACE = Pattern.compile("^(.+?)\\s+(?:of|from|at|in|with)\\s+.*$");

	/** "Sheriff Dana Whitfield of Pima County", "Bonnie Glaser of the German Marshall Fund": the person, not the place. */
	private static String personIn(String phrase) {
		Matcher head = HEAD_BEFORE_PLACE.matcher(phrase);
		String person = head.matches() ? PersonalNames.personalName(head.group(1)) : null;
		return person != null ? person : PersonalNames.personalName(phrase);
	}

	private boolean knownPerson(String name) {
		Gazetteer.Known known = gazetteer.find(name);
		return known != null && known.person();
	}

	private Speaker describe(String mention, int at) {
		String core = SpeakerLabels.core(mention);
		Matcher owner = OWNER_BEFORE_NAME.matcher(core);
		if (owner.matches() && gazetteer.find(core) == null && (PersonalNames.personalName(owner.group(1)) != null
				|| !names.fullName(owner.group(1), at).equals(owner.group(1)) || knownPerson(owner.group(1)))) {
			core = owner.group(1);
		}
		Matcher others = AND_OTHERS.matcher(core);
		if (others.matches()) {
			// "Yates and others counseling the Trump team": the one named leads
			Speaker lead = describe(others.group(1), at);
			return new Speaker(lead.name(), lead.actor(), mention, lead.person(), lead.plural());
		}
		Matcher authored = AUTHOR_BEFORE_DOCUMENT.matcher(core);
		if (authored.matches() && gazetteer.find(authored.group(1)) != null) {
			// "a Reuters investigation", "CBP data": the known author speaks through it
			Gazetteer.Known author = gazetteer.find(authored.group(1));
			return new Speaker(author.name(), author.slug(), mention, author.person(), SpeakerLabels.isPlural(author.name()));
		}
		Matcher document = DOCUMENT_BY.matcher(core);
		if (document.matches()) {
			// "a report released Tuesday by a special House committee": the committee speaks through it
			Speaker author = describe(document.group(1), at);
			return new Speaker(author.name(), author.actor(), mention, author.person(), author.plural());
		}
		Gazetteer.Known known = gazetteer.find(core);
		if (known == null) {
			known = gazetteer.find(mention);
		}
		if (known == null) {
			known = gazetteer.find(REDUCED_RELATIVE.matcher(core).replaceFirst(""));
		}
		String person = known == null ? personIn(core) : PersonalNames.personalName(core);
		if (person == null && known == null && mention.indexOf(',') > 0) {
			// "Blinken spokesman, Matthew Miller", "Her colleague, Sen. John Hale of Ohio": the name in apposition
			person = personIn(SpeakerLabels.core(mention.substring(mention.indexOf(',') + 1)));
		}
		if (person == null && known == null && core.matches("\\p{Lu}[\\p{L}’'-]+") && !names.fullName(core, at).equals(core)) {
			person = core; // "Wu" after "Xiaolei Wu": a surname too short to read as a name alone
		}
		if (known == null && person != null && !person.contains(" ") && names.fullName(person, at).equals(person)
				&& PLURAL_NOUN.matcher(person).matches()) {
			person = null; // "Prosecutors said": a group, not a surname
		}
		if (known == null && person != null) {
			String full = names.fullName(person, at);
			known = gazetteer.find(full);
			if (known == null && full.equals(person) && !person.contains(" ")) {
				known = gazetteer.find(person);
			}
			if (known == null) {
				return new Speaker(full, null, mention, true, false);
			}
		}
		Matcher owned = OWNED_BODY.matcher(core);
		String body = known == null && owned.matches() ? earlierNames.organisation("the " + owned.group(1), at) : null;
		if (body != null) {
			// "Wang’s ministry": the ministry the text named, not Wang
			known = gazetteer.find(body);
			if (known == null) {
				return new Speaker(body, null, mention, false, false);
			}
		}
		if (known == null) {
			Speaker earlier = definiteReference(core);
			if (earlier != null) {
				return earlier;
			}
			String named = earlierNames.organisation(core, at);
			if (named != null) {
				known = gazetteer.find(named);
				if (known == null) {
					return new Speaker(named, null, mention, false, false);
				}
			}
			Matcher forOrg = Pattern.compile("(?i)^(?:a|an|the)?\\s*(?:spokesperson|spokesman|spokeswoman|representative)\\s+(?:for|of|from)\\s+(.+)$").matcher(core);
			if (forOrg.matches() && gazetteer.find(forOrg.group(1)) != null) {
				known = gazetteer.find(forOrg.group(1));
			}
		}
		if (known == null && !SpeakerLabels.isPersonLabel(core)) {
			known = gazetteer.findWithin(REDUCED_RELATIVE.matcher(core).replaceFirst(""));
		}
		if (known == null && !SpeakerLabels.isPersonLabel(core)) {
			known = gazetteer.findShortened(core);
		}
		if (known != null) {
			// "people advising the transition team" are several, though the team they stand for is one
			boolean plural = SpeakerLabels.isPlural(known.name()) || SpeakerLabels.isPlural(core) && !known.person();
			return new Speaker(known.name(), known.slug(), mention, known.person(), plural);
		}
		String author = earlierNames.author(core, at);
		if (author != null) {
			Speaker byAuthor = describe(author, at);
			return new Speaker(byAuthor.name(), byAuthor.actor(), mention, byAuthor.person(), byAuthor.plural());
		}
		String qualified = earlierNames.qualified(core, at);
		if (qualified != null) {
			return new Speaker(qualified, null, mention, true, true);
		}
		Matcher one = ONE_OF_GROUP.matcher(core);
		int group = one.matches() ? lastIndex(Speaker::plural) : -1;
		if (group >= 0 && history.get(group).actor() == null
				&& history.get(group).name().matches("(?i).*\\s" + one.group(1) + "s$")) {
			// "Canadian officials said … One official said": one of that group
			String name = history.get(group).name();
			return new Speaker("unnamed " + name.substring(0, name.length() - 1), null, mention, true, false);
		}
		return new Speaker(SpeakerLabels.label(core), null, mention, SpeakerLabels.isPersonLabel(core),
				SpeakerLabels.isPlural(core));
	}

	private static final Pattern OWNED_BODY = Pattern.compile("^\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2}[’']s\\s+"
			+ "(embassy|ministry|department|agency|office|administration|government|party|committee|team|campaign)$");

	/** An epithet that stands for a person already named: "the Massachusetts Democrat", "the 79-year-old". */
	private static final Pattern EPITHET = Pattern.compile("(?i)^the\\s+(?:[\\w’'.-]+\\s+){1,3}?(?:democrat|republican|"
			+ "conservative|liberal|billionaire|businessman|businesswoman|veteran|lawmaker|congressman|congresswoman|senator)$"
			+ "|(?i)^the\\s+\\d+-year-old(?:\\s+\\w+)?$");

	private static final Pattern ONE_OF_GROUP = Pattern.compile("(?i)^one\\s+(official|source|diplomat|officer|agent|analyst|expert|investigator|prosecutor|lawmaker|resident|advocate)$");

	/** "the official" after "a senior administration official said": the same speaker. */
	private Speaker definiteReference(String core) {
		Matcher m = Pattern.compile("(?i)^the\\s+(?:[\\w’'.-]+\\s+){0,2}?([\\w-]+)$").matcher(core);
		if (!m.matches()) {
			return null;
		}
		String head = m.group(1).toLowerCase(Locale.ROOT);
		if (EPITHET.matcher(core).matches()) {
			// "The Massachusetts Democrat wrote" after Sen. Elizabeth Warren spoke: an epithet for the last person named
			int named = lastIndex(s -> s.person() && !s.plural() && (s.name().contains(" ") || s.actor() != null));
			return named >= 0 ? history.get(named) : null;
		}
		if (!ANAPHORS.contains(head)) {
			return null;
		}
		if (head.equals("statement")) {
			// "the statement said" after "the ministry said": the organisation that just spoke
			int organisation = lastIndex(s -> !s.person());
			if (organisation >= 0) {
				return history.get(organisation);
			}
		}
		// "the ministry" after "ministry spokesperson Mao Ning" is the ministry, not its spokesperson
		boolean organisation = !SpeakerLabels.PERSON_HEADS.contains(head);
		for (int i = history.size() - 1; i >= 0; i--) {
			Speaker speaker = history.get(i);
			if (organisation && speaker.person()) {
				continue;
			}
			if (speaker.mention() != null && speaker.mention().toLowerCase(Locale.ROOT).matches(".*\\b" + head + "\\b.*")) {
				return speaker;
			}
		}
		return null;
	}

}
