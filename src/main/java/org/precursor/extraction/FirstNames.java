package org.precursor.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pronoun a person's name or title suggests before the article uses one: a common first name ("Denise Casper"
 * is she), or "Mr." or "Ms." before the surname anywhere in the text. Names used for both are left out.
 */
final class FirstNames {

	private static final Set<String> FEMALE = Words.set("mary", "patricia", "jennifer", "linda", "elizabeth",
			"barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley",
			"kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie",
			"rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela",
			"emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet",
			"catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria",
			"lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline",
			"martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "abigail",
			"alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella",
			"theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "lori", "ana", "ellen",
			"claire", "nora", "rosa", "carmen", "elena", "sofia", "lucia", "isabel", "mariana", "gabriela", "valeria",
			"daniela", "camila", "fatima", "aisha", "priya", "yuki", "ingrid", "greta", "ursula", "angela",
			"nadia", "olga", "irina", "natalia", "tatiana", "svetlana", "anastasia", "leila", "layla", "noor", "zainab",
			"kamala", "hillary", "nikki", "marjorie", "nancy", "kristi", "kirsten", "elise", "gretchen", "tulsi",
			"janet", "gina", "gwen", "joanna", "jane", "susanne", "giorgia", "claudia", "ursula", "christine", "liz",
			"kate", "katie", "meghan", "molly", "maggie", "holly", "tina", "wendy", "vanessa", "monica", "erin", "tara",
			"jill", "chloe", "zoe", "lily", "ava", "mia", "ella", "amelia", "paula", "yvonne", "ines",
			"beatriz", "marta", "silvia", "pilar", "dolores", "veronica", "patrice", "brigitte", "sabine", "monique",
			"francoise", "helene", "annette", "birgit", "petra", "katarzyna", "agnieszka");

	private static final Set<String> MALE = Words.set("james", "john", "robert", "michael", "william", "david",
			"richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
			"steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
			"jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
			"scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
			"dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle",
			"walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry",
			"sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "billy", "bruce",
			"albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
			"russell", "elijah", "louis", "bobby", "philip", "johnny", "mike", "tom", "bill", "bob", "jim", "steve",
			"tony", "dan", "dave", "matt", "nick", "ben", "tim", "ted", "ron", "ken", "greg", "jeff",
			"luis", "carlos", "miguel", "jorge", "pedro", "manuel", "antonio", "francisco", "javier", "diego", "rafael",
			"fernando", "ricardo", "alejandro", "andres", "pablo", "sergio", "mohammed", "muhammad", "ahmed", "ali",
			"omar", "hassan", "hussein", "ibrahim", "mahmoud", "khalid", "abdul", "vladimir", "sergei", "dmitry",
			"ivan", "igor", "alexei", "nikolai", "viktor", "volodymyr", "hans", "klaus", "jurgen", "wolfgang", "olaf",
			"friedrich", "emmanuel", "jean-pierre", "pierre", "jacques", "francois", "giuseppe", "giovanni", "marco",
			"luca", "matteo", "hiroshi", "takeshi", "raj", "rahul", "narendra", "amit", "rishi",
			"justin", "joe", "barack", "marco", "ted", "mitch", "chuck", "kevin", "merrick", "antony",
			"xavier", "oscar", "hugo", "felix", "leon", "victor", "martin", "simon", "rupert", "nigel", "boris", "keir",
			"rodrigo", "emilio", "ernesto", "guillermo", "ignacio", "raul", "ruben", "julio", "arturo", "enrique");

	private static final Pattern TITLED = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+(\\p{Lu}[\\p{L}’'-]+)");

	private FirstNames() {
	}

	/** "he", "she", or null when neither the first name nor a title in the text tells. */
	static String pronounOf(String name, String text) {
		String[] words = name.strip().split("\\s+");
		String first = words[0].toLowerCase(Locale.ROOT);
		if (words.length > 1 && FEMALE.contains(first) != MALE.contains(first)) {
			return FEMALE.contains(first) ? "she" : "he";
		}
		String surname = words[words.length - 1];
		Matcher titled = TITLED.matcher(text);
		while (titled.find()) {
			if (titled.group(2).equals(surname)) {
				return titled.group(1).equals("Mr") ? "he" : "she";
			}
		}
		return null;
	}

}
