package org.precursor.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that attribute a statement: reporting verbs, their adjuncts, and the words around a speaker. */
final class Cues {

	private Cues() {
	}

	/** Verbs that introduce a statement even without "that": "he said the plan failed". */
	private static final String STRONG = "say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|warn|warns|warned|warning"
			+ "|argue|argues|argued|arguing|note|notes|noted|noting|claim|claims|claimed|claiming|allege|alleges|alleged"
			+ "|alleging|insist|insists|insisted|insisting|write|writes|wrote|writing|state|states|stated|stating"
			+ "|believe|believes|believed|estimate|estimates|estimated|maintain|maintains|maintained|contend|contends"
			+ "|contended|assert|asserts|asserted|explain|explains|explained|testify|testifies|testified|predict"
			+ "|predicts|predicted|caution|cautions|cautioned|stress|stresses|stressed|emphasize|emphasizes|emphasized"
			+ "|emphasise|emphasised|reiterate|reiterates|reiterated|complain|complains|complained|concede|concedes"
			+ "|conceded|admit|admits|admitted|think|thinks|thought|recall|recalls|recalled|declare|declares|declared"
			+ "|acknowledge|acknowledges|acknowledged|acknowledging|contend|tweeted|posted|replied|responded|countered"
			+ "|charged|lamented|quipped|conclude|concludes|concluded|report|reports|reported|confirm|confirms|confirmed"
			+ "|suggest|suggests|suggested|signaled|signalled|remark|remarks|remarked|boast|boasts|boasted|joked|jokes"
			+ "|shouted|chanted|exclaimed|pleaded|mused";

	/** Verbs that report a statement only before "that": "the agency announced that it would". */
	private static final String WEAK = "announce|announces|announced|announcing|find|finds|found|show|shows|showed|shown"
			+ "|reveal|reveals|revealed|indicate|indicates|indicated|agree|agrees|agreed|fear|fears|feared|hope|hopes"
			+ "|hoped|expect|expects|expected|worry|worries|worried|know|knows|knew|learned|promise|promises|promised"
			+ "|vow|vows|vowed|recommend|recommends|recommended|determine|determined|observe|observes|observed"
			+ "|demonstrate|demonstrates|demonstrated|argue|point out|pointed out|points out|assess|assessed|assesses"
			+ "|conclude|insist|swear|swore|pledge|pledged|pledges|predict|acknowledge|understand|understood|ruled"
			+ "|decided|held|concluded|suspect|suspects|suspected|contended|speculated|guessed|wrote|said|deny|denies|denied"
			+ "|denying|dispute|disputes|disputed|assure|assures|assured|remind|reminds|reminded|inform|informs|informed"
			+ "|advise|advises|advised";

	/**
	 * Verbs whose content is a phrase: of proposing ("called for sanctions", "vowed to designate the cartels"), of
	 * citing ("cited rising costs"), and of describing with "as" ("described the talks as cordial").
	 */
	static final Pattern PROPOSAL = Pattern.compile("\\b(?:call(?:s|ed|ing)?\\s+(?:for|on)|urge[sd]?|urging|push(?:es|ed|ing)?\\s+for|"
			+ "cit(?:e|es|ed)(?!\\s+(?:by|in|as)\\b)|(?:describ|laud|hail|prais|characteri[sz]|condemn|denounc|criticiz|criticis)(?:e|es|ed|s)?(?=\\s[^,;:“”]{1,80}?\\sas\\s)|"
			+ "express(?:es|ed)\\s+(?:(?:deep|grave|serious|strong|growing|some)\\s+)?(?:outrage|anger|concerns?|alarm|frustration|dismay|skepticism|scepticism|doubts?|disappointment|regret|support|opposition|confidence|optimism|hope)\\s+(?:at|over|about|with|for|in|that)|"
			+ "advocat(?:e|es|ed|ing)|warn(?:s|ed)?\\s+(?:of|against)|(?:press(?:es|ed)?|pressur(?:e|es|ed))(?=\\s(?!charges\\b)[^,;:“”]{1,40}?\\sto\\s\\p{Ll})|recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|demand(?:s|ed|ing)?|vow(?:s|ed)?\\s+to|"
			+ "promis(?:e|es|ed)(?:\\s+to)?|pledg(?:e|es|ed)\\s+to|suggest(?:s|ed)?)\\s");

	private static final String CLAIM_NOUNS = "assertions?|claims?|notions?|ideas?|suggestions?|allegations?|accusations?"
			+ "|charges?|criticism|concerns?|speculation|prospects?|characteri[sz]ations?|premise|arguments?|theory|theories"
			+ "|narratives?|contentions?|reports?|calls?|demands?|insinuations?|portrayals?";

	/**
	 * Verbs of taking a stance whose statement is the verb with its object ("rejected Beijing’s claim that …",
	 * "pushed back on the plan", "saw the talks as a start", "called the charges “groundless”"): rejecting only a claim
	 * the text states or a characterisation (not "dismissed the lawsuit", "denied the claims in the report"),
	 * questioning only a motive or a claim (not "questioned the suspect").
	 */
	static final Pattern STANCE = Pattern.compile("\\b(?:(?:reject(?:s|ed)?|dismiss(?:es|ed)?|den(?:y|ies|ied)|disput(?:e|es|ed))"
			+ "(?=\\s(?:[^,;:“”]{0,40}?\\s)?(?:" + CLAIM_NOUNS + ")\\s+(?:that|of|about|for|to)\\b|\\s(?:[^,;:]{0,60}?\\s)?as\\s(?:“|\\p{Ll}))"
			+ "|call(?:s|ed)?(?=\\s(?:[^,;:“”]{1,50}?\\s)?“[_\\s]{1,80}”)"
			+ "|accus(?:e|es|ed)(?=\\s[^,;:“”]{1,60}?\\sof\\s)|(?:criticiz|criticis|blam)(?:e|es|ed)(?=\\s[^,;:“”]{1,60}?\\sfor\\s)"
			+ "|push(?:es|ed)?\\s+back(?:\\s+hard)?(?=\\s+(?:on|against)\\b)"
			+ "|question(?:s|ed)(?=\\s(?:whether|why|how|if|(?:[^,;:“”]{0,40}?\\s)?(?:" + CLAIM_NOUNS
			+ "|commitment|motives?|wisdom|need|legitimacy|credibility|validity|accuracy|effectiveness|sincerity|rationale)\\b))"
			+ "|(?:saw|sees|see|view(?:s|ed)?|regard(?:s|ed)?)(?=\\s[^,;:“”]{1,60}?\\sas\\s(?!(?:he|she|they|it|we|I|you|part|well|soon|long|much)\\b)))\\s");

	/** A state of mind with its content: "is confident that", "remained convinced that". */
	static final Pattern ATTITUDE = Pattern.compile("\\b(?:is|are|was|were|remains|remain|remained)\\s+(?:\\w+ly\\s+)?"
			+ "(?:confident|convinced|concerned|worried|adamant|hopeful|certain|optimistic|skeptical|sceptical)\\s+that\\s");

	static final Pattern VERB = Pattern.compile("\\b(" + STRONG + "|" + WEAK + ")\\b");

	static final Pattern STRONG_VERB = Pattern.compile("(?:" + STRONG + ")");

	static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:according to|as (?:stated|reported|noted|claimed) by)\\b",
			Pattern.CASE_INSENSITIVE);

	/** What may stand between a verb and its content: "said in a statement on Tuesday that". */
	static final Pattern ADJUNCT = Pattern.compile("\\A(?:\\s*,?\\s*(?:"
			+ "in (?:a|an|the|his|her|their|its) (?:[\\w-]+ ){0,3}?(?:statement|interview|email|e-mail|post|letter|report|briefing|testimony|speech|conference|hearing|filing|memo|release|note|op-ed|video|message|call|appearance|remarks|tweet|book|column|essay|document|submission|affidavit|complaint|indictment)s?(?: (?:on|to|with|at|before) (?:the |a |an )?(?:[A-Z][\\w.’'&-]*(?: |$)){1,5})?"
			+ "|(?:on|at|during|after|before) (?:a|an|the) (?:[\\w-]+ ){0,3}?(?:briefing|conference|hearing|meeting|summit|event|session|interview|call|speech|rally|visit|forum|panel)(?: (?:on|in|at|with) (?:[A-Z][\\w.’'-]*(?: |$)){1,4})?"
			+ "|on (?:its|his|her|their|the|a|an) (?:[\\w-]+ ){0,2}?(?:website|site|blog|page|account|channel|podcast|show|program|programme|broadcast|feed)"
			+ "|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?"
			+ "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|recently|earlier|later|previously|repeatedly|publicly|privately|also|again|separately|last year|last month|last week|this week|this month|this year|on Twitter|on X|on social media|in court|in court documents|in court filings|in a court filing|in the report|in its report|in the statement|at the time|in \\d{4}|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{4})?|on (?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\. \\d+|on (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d+)"
			+ "|(?:to|told) (?:reporters|journalists|lawmakers|senators|legislators|the court|the jury|the judge|the committee|the panel|the audience|the crowd|an audience|Congress|Parliament|parliament|the House|the Senate|the BBC|the media|the press|The [A-Z][\\w.’'-]*(?: [A-Z][\\w.’'-]*){0,3}|the [A-Z][\\w.’'-]*(?: [A-Z][\\w.’'-]*){0,3}|[A-Z][\\w.’'&-]*(?: [A-Z][\\w.’'&-]*){0,3})"
			+ ")(?=[\\s,.:;]|$))+");

	/** The object of "told": "told Reuters", "told a Senate hearing". */
	static final Pattern TOLD_OBJECT = Pattern.compile("\\A\\s+(?:reporters|journalists|lawmakers|senators|legislators|"
			+ "members|colleagues|investigators|officials|the [\\w.’'-]+(?: [A-Z][\\w.’'-]*){0,3}|a (?:[\\w-]+ ){0,3}?(?:hearing|conference|briefing|audience|gathering|meeting|panel)|an? [\\w-]+ audience|(?:The )?[A-Z][\\w.’'&-]*(?: [A-Z][\\w.’'&-]*){0,3}|him|her|them|us|me)\\b");

	/** Words between a subject and its verb: "has long argued", "also said". */
	static final Pattern AUXILIARIES = Pattern.compile("(?:\\s+(?:has|have|had|also|previously|later|repeatedly|long|publicly|privately|"
			+ "recently|once|often|frequently|again|further|then|still|already|earlier|reportedly|jointly|separately|would|will|"
			+ "could|may|might|can|did|does|do|is|are|was|were|been|being|went on to|continued to|continues to|has been|"
			+ "first|initially|subsequently|flatly|openly|bluntly|told|quickly|falsely|repeatedly|loudly|widely|"
			+ "consistently|explicitly|directly|specifically|simply|only|even|however|,\\s*however,?|in turn|has since|since|"
			+ "later|then|both|all|each|now|just|ultimately|finally|has also|have also|had also))+\\s*$");

	static final Pattern NEGATION = Pattern.compile("(?:\\bnot|\\bnever|n’t|n't|\\bno longer|\\brefused to|\\bdeclined to|\\bwouldn’t)\\s*$");

	/** Intro phrases before a subject: "In an interview with CGTN, ...", "Asked about the plan, ...". */
	static final Pattern INTRO = Pattern.compile("(?i)\\A(?:(?:In|On|At|During|After|Before|Speaking|Asked|Earlier|Later|Last|This|"
			+ "Regarding|Referring|Turning|Commenting|Discussing|Pressed|Describing|Reacting|Looking|Given|Citing|Asked about|"
			+ "Since|With|Following|When|While|As|If|Although|Though|Today|Yesterday|Writing|Testifying|Responding|Addressing|"
			+ "For|From|Under|Despite|Amid|By|Within|Over|Through|Without|Like|Unlike|Back|Once|Recently|Elsewhere|Behind|"
			+ "Across|Among|Around|Beyond|Inside|Outside|Near|Against|Toward|Towards|Throughout|Besides|Alongside|Privately|"
			+ "Publicly)\\b[^,]*"
			+ "|(?:Meanwhile|However|But|And|Still|Yet|Also|Separately|Previously|Instead|Now|Then|Indeed|Moreover|Finally|"
			+ "Further|Furthermore|Overall|Notably|Ultimately|Nonetheless|Nevertheless|Likewise|Similarly))\\s*,\\s*");

	/** Clause-opening words to drop before a subject. */
	static final Pattern CONNECTIVE = Pattern.compile("\\A(?:But|And|Yet|So|Still|However,?|Meanwhile,?|Instead,?|Also,?|Now,?|"
			+ "Then,?|Separately,?|Later,?|Earlier,?|Indeed,?|Moreover,?|Further,?|Furthermore,?|Finally,?|Previously,?|"
			+ "though|but|and|yet|while|as|whereas|although|though|even|also|only)\\s+");

	/** The end of a clause inside a sentence, where a new subject may start. */
	static final Pattern CLAUSE_BREAK = Pattern.compile("(?:,\\s+(?:but|and|while|whereas|although|though|as|yet|so)\\s+|;\\s+|\\s+(?:but|while|whereas|although)\\s+|\\s[—–]\\s|:\\s+|\\s+(?:what|because|since|when|where|if|unless|until|whether|(?:in|under|by|through|after|during|with) which)\\s+)");

	/** A wire story's opening: "WASHINGTON (AP) — ", "BEIJING, March 4 (Reuters) - ". */
	static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu} .,'’-]+(?:,\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?"
			+ "(?:\\s*\\([^)]{1,30}\\))?\\s*[—–-]{1,2}\\s+");

	/**
	 * Where a statement continues with a second one of the same speaker: "…, adding that …", "…, and that …", "…,
	 * but complained that …", "… and said his client was …" (not "… and said to be worth …").
	 */
	/** The verb of a {@link #FOLLOW_ON} match, or {@code otherwise} where it has none ("…, and that …"). */
	static String followOnCue(Matcher followOn, String otherwise) {
		for (int group = 1; group <= followOn.groupCount(); group++) {
			if (followOn.group(group) != null) {
				return followOn.group(group);
			}
		}
		return otherwise;
	}

	static final Pattern FOLLOW_ON = Pattern.compile(",\\s+(?:while\\s+)?(adding|saying|noting|warning|arguing|explaining|insisting|"
			+ "claiming|stressing|asserting|contending|stating|writing|complaining|acknowledging|alleging|questioning|vowing|"
			+ "pledging|promising|calling)\\s+(?:that\\s+)?"
			+ "|,?\\s+(?:and|but)\\s+(?:also\\s+)?(?:(said|says|added|adds|warned|warns|noted|notes|argued|argues|insisted|insists|"
			+ "complained|complains|acknowledged|conceded|stressed|claimed|claims|alleged|alleges|told \\S+|wrote|believes|believe|"
			+ "estimated|estimates|suggested|suggests|argued|predicted|noted|cautioned|stressed)\\s+)?that\\s+"
			+ "|(?:,\\s+(?:and|but)|\\s+and)\\s+(?:also\\s+)?(said|says|added|warned|noted|argued|insisted|complained|acknowledged|conceded|stressed|claimed)\\s+(?!to\\s)"
			+ "|,\\s+and\\s+(vowed|pledged|promised|threatened)\\s+(?=to\\s)");

}
