package org.precursor.generate;

import java.util.SplittableRandom;

/**
 * The small built-in vocabulary synthetic text is made of, on the theme of the fentanyl trade. Places and people
 * are invented (Norvale, Castrel; Ana Keller) and every name carries a number, so that no reader mistakes a
 * synthetic record for a real one.
 */
final class Vocabulary {

	static final String[] SUBJECTS = { "precursor shipments", "pill-press imports", "counterfeit pill seizures",
			"fentanyl seizures", "chemical brokers", "cartel laboratories", "express-mail consignments",
			"online precursor vendors", "money couriers", "shell companies", "customs inspections", "overdose deaths",
			"port inspections", "cash smuggling networks", "cryptocurrency payments", "mislabelled chemical cargoes",
			"border seizures", "trafficking routes", "synthetic opioid sales", "precursor export licences",
			"joint investigations", "laboratory raids", "wholesale fentanyl prices", "pill-press sales",
			"dark-web listings", "freight forwarders", "chemical traders", "courier services", "laundered profits",
			"controlled-delivery operations" };

	static final String[] VERBS = { "have doubled in", "fell sharply in", "continue to rise across",
			"are increasingly routed through", "now depend on", "are largely financed through", "have shifted toward",
			"remain concentrated in", "slowed markedly in", "rose steadily across", "are still poorly tracked in",
			"moved away from", "have quietly expanded in", "are concentrated around", "keep turning up in",
			"have become harder to trace in", "were cut by half in", "are expected to grow in" };

	static final String[] PLACES = { "the Pacific corridor", "northern border crossings", "the port of Norvale",
			"west coast freight hubs", "the southern border", "small coastal airports", "inland distribution centres",
			"the Castrel free-trade zone", "regional parcel depots", "the eastern shipping lanes",
			"two provincial capitals", "border towns in the north", "the Isenport container terminal",
			"the Velmora industrial belt", "mountain routes near Tarrin", "the Brightwater river ports" };

	static final String[] TAILS = { "since last spring", "over the past two years", "in the third quarter",
			"despite new controls", "after the latest crackdown", "during the first half of the year",
			"since the sanctions took effect", "as enforcement shifted elsewhere", "over the last decade",
			"in recent months", "before the new rules were announced", "for the first time in years" };

	static final String[] CONNECTORS = { "and", "while", "because", "even though", "so", "but", "and officials say" };

	static final String[] LEADS = { "Officials met in Norvale on Tuesday to review the figures.",
			"The remarks came as talks on precursor controls resumed.",
			"The figures were released ahead of a regional summit.",
			"Investigators have tracked the trade for months.",
			"The debate over the fentanyl trade has sharpened this year.",
			"Customs data published this week point the same way." };

	static final String[] TRAILERS = { "The ministry did not respond to a request for comment.",
			"Other officials disputed that account.", "The claim could not be independently verified.",
			"No further details were given.", "The figures have not been published in full.",
			"Critics called the assessment incomplete." };

	static final String[] FIRST_NAMES = { "Ana", "Bram", "Chen", "Dana", "Elif", "Farid", "Greta", "Hugo", "Ines",
			"Jun", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma",
			"Viktor", "Wen", "Ximena", "Yusuf", "Zora" };

	static final String[] SURNAMES = { "Keller", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Novak",
			"Haddad", "Brennan", "Castillo", "Duarte", "Eriksen", "Fischer", "Gallo", "Hoang", "Ivanova", "Jensen",
			"Kowalski", "Larsen", "Mendes", "Nakamura", "Ortiz", "Petrov", "Quispe", "Rahman", "Sato", "Torres",
			"Usman", "Varga", "Weber", "Yilmaz", "Zhang" };

	static final String[] TOWNS = { "Norvale", "Castrel", "Isenport", "Brightwater", "Kestrel Bay", "Marlow Cove",
			"Dunmore", "Ashgrove", "Velmora", "Tarrin", "Oskar Point", "Halden", "Redmarsh", "Silverford", "Corvin",
			"Elmstead" };

	static final String[] DOMAINS = { "Customs", "Narcotics Control", "Border Security", "Public Health",
			"Chemical Safety", "Financial Intelligence", "Port Security", "Drug Policy", "Maritime Enforcement",
			"Pharmaceutical Oversight" };

	static final String[] COLOURS = { "Black", "Red", "Golden", "White", "Silver", "Blue", "Green" };

	static final String[] ANIMALS = { "Heron", "Jaguar", "Scorpion", "Falcon", "Viper", "Wolf", "Lynx" };

	static final String[] OUTLET_NOUNS = { "Ledger", "Courier", "Dispatch", "Observer", "Herald", "Monitor",
			"Gazette", "Wire", "Review", "Bulletin", "Chronicle", "Tribune", "Report", "Post" };

	static final String[] COUNTRIES = { "United States", "China", "Mexico", "Canada", "India", "Germany",
			"Netherlands", "Colombia", "Guatemala", "Panama", "Vietnam", "Thailand", "Myanmar", "Belgium",
			"United Kingdom", "Australia" };

	static final String[] PERSON_ROLES = { "Spokesperson", "Deputy director", "Senior analyst", "Investigator",
			"Prosecutor", "Customs officer", "Adviser", "Researcher", "Press officer", "Minister" };

	static final String[] BODY_ROLES = { "Regional office", "Enforcement unit", "Subsidiary", "Task force",
			"Department", "Working group", "Affiliate" };

	static final String[] UNNAMED_SPEAKERS = { "a person familiar with the matter",
			"an official who asked not to be named", "two people briefed on the talks", "a senior official",
			"a source close to the investigation", "officials speaking on condition of anonymity" };

	static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	static final String[] LANGUAGES = { "es", "fr", "zh", "de", "pt" };

	private Vocabulary() {
	}

	static String pick(String[] words, SplittableRandom random) {
		return words[random.nextInt(words.length)];
	}

}
