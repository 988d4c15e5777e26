package org.precursor.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The attribution rules one at a time, on made-up news paragraphs (none from the seed articles), with a gazetteer
 * that knows one actor.
 */
class ExtractionRulesTests {

	private final ClaimExtractor extractor = new AttributionExtractor(() -> new Gazetteer(
			List.of(new Gazetteer.Form("dea", "Drug Enforcement Administration", false, "DEA"))));

	private List<ProposedClaim> propose(String text) {
		return extractor.propose(text);
	}

	@Test
	void splitsAQuoteInterruptedByItsAttributionWithOneSpeaker() {
		List<ProposedClaim> claims = propose(
				"“We seized more pills this year than ever,” said Sheriff Dana Whitfield of Pima County. “The labs keep adapting.”");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::direct, claim -> claim.speaker().name())
			.containsExactly(tuple("We seized more pills this year than ever", true, "Dana Whitfield"),
					tuple("The labs keep adapting", true, "Dana Whitfield"));
		ProposedClaim second = claims.get(1);
		assertThat(second.passage()).contains("said Sheriff Dana Whitfield");
		assertThat(second.passage().substring(second.contentStart())).startsWith(second.content());
		assertThat(second.cue()).isEqualTo("said");
	}

	@Test
	void splitsAQuoteInterruptedInsideOneSentence() {
		List<ProposedClaim> claims = propose("“The pressure is working,” she said, “but the cartels adapt quickly.”");

		assertThat(claims).extracting(ProposedClaim::content)
			.containsExactly("The pressure is working", "but the cartels adapt quickly");
	}

	@Test
	void ignoresScareQuotesAndNicknames() {
		List<ProposedClaim> claims = propose(
				"The group known as “Los Chapitos” moved the pills through so-called “blind” shipments across the border.");

		assertThat(claims).isEmpty();
	}

	@Test
	void readsAccordingToBeforeAndAfterTheStatement() {
		List<ProposedClaim> claims = propose("""
				Seizures at the border rose by a third last year, according to the DEA.

				According to court filings, the broker shipped 40 kilograms of precursors to Sinaloa.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().actor())
			.containsExactly(tuple("Seizures at the border rose by a third last year", "dea"),
					tuple("the broker shipped 40 kilograms of precursors to Sinaloa", null));
		assertThat(claims).allSatisfy(claim -> assertThat(claim.cue()).containsIgnoringCase("according to"));
	}

	@Test
	void resolvesAPronounToTheLastPersonWhoSpoke() {
		List<ProposedClaim> claims = propose("""
				Maria Ortega, a harm-reduction nurse in Tucson, said overdoses had doubled since spring.

				She said the clinic now hands out test strips every night.""");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Maria Ortega", "Maria Ortega");
		assertThat(claims.get(1).speakerMention()).isEqualTo("She");
	}

	@Test
	void expandsASurnameToTheFullNameUsedEarlier() {
		List<ProposedClaim> claims = propose("""
				Former prosecutor Alan Whitcomb testified that the shipments were routed through Vancouver.

				“They were never hidden,” Whitcomb said.""");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Alan Whitcomb", "Alan Whitcomb");
	}

	@Test
	void stripsTitlesAndAppositionFromTheSpeakersName() {
		List<ProposedClaim> claims = propose(
				"Sen. Laura Brenner, the Democratic chair of the oversight panel, said the agency had ignored the warnings.");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.speaker().name()).isEqualTo("Laura Brenner");
			assertThat(claim.content()).isEqualTo("the agency had ignored the warnings");
			assertThat(claim.direct()).isFalse();
		});
	}

	@Test
	void matchesAKnownActorByAlias() {
		List<ProposedClaim> claims = propose("The DEA said the pills were pressed in Culiacán.");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.speaker().actor()).isEqualTo("dea");
			assertThat(claim.speaker().name()).isEqualTo("Drug Enforcement Administration");
		});
	}

	@Test
	void ignoresSpeechActsWithoutContent() {
		List<ProposedClaim> claims = propose("""
				The company denied the allegations. The ministry did not respond to a request for comment.

				A spokesman declined to comment on Tuesday.""");

		assertThat(claims).isEmpty();
	}

	@Test
	void leavesOutAQuestionPutToTheSpeaker() {
		List<ProposedClaim> claims = propose(
				"Asked whether the talks had stalled, the ambassador said both sides were still meeting every month.");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.content()).isEqualTo("both sides were still meeting every month");
			assertThat(claim.speaker().name()).isEqualTo("ambassador");
		});
	}

	@Test
	void keepsAQuoteThatRunsIntoTheNextParagraph() {
		List<ProposedClaim> claims = propose("""
				Inspector Paul Renard said the network had been watched for months. “We knew the routes. We knew the brokers.

				“What we lacked was a partner on the other side,” he said.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::direct, claim -> claim.speaker().name())
			.containsExactly(tuple("the network had been watched for months", false, "Paul Renard"),
					tuple("We knew the routes. We knew the brokers", true, "Paul Renard"),
					tuple("What we lacked was a partner on the other side", true, "Paul Renard"));
	}

	@Test
	void givesAReportedClauseWithAQuotedFragmentAsOneReportedStatement() {
		List<ProposedClaim> claims = propose(
				"The minister said the new controls were “a turning point” for the region’s chemical exporters.");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.content()).isEqualTo("the new controls were “a turning point” for the region’s chemical exporters");
			assertThat(claim.direct()).isFalse();
		});
	}

	@Test
	void takesTheAttributionAfterAHeadline() {
		List<ProposedClaim> claims = propose("Fentanyl deaths fell sharply in Ohio, health officials say");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.content()).isEqualTo("Fentanyl deaths fell sharply in Ohio");
			assertThat(claim.speaker().name()).isEqualTo("health officials");
		});
	}

	@Test
	void reportsTheContentOffsetWithinThePassage() {
		ProposedClaim claim = propose("Officials said the port would reopen on Monday.").get(0);

		assertThat(claim.passage().substring(claim.contentStart())).startsWith(claim.content());
	}

	@Test
	void followsOnToASecondStatementOfTheSameSpeaker() {
		List<ProposedClaim> claims = propose(
				"State media said police arrested the suspect in Guangzhou, adding that he had sold precursors online.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("police arrested the suspect in Guangzhou", "State media"),
					tuple("he had sold precursors online", "State media"));
	}

	@Test
	void readsBritishSingleQuotationMarks() {
		List<ProposedClaim> claims = propose(
				"‘We will not be intimidated by the gangs,’ the Home Secretary said. ‘The agency has our full support.’");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::direct)
			.containsExactly(tuple("We will not be intimidated by the gangs", true),
					tuple("The agency has our full support", true));
	}

	@Test
	void namesTheSpeakerBeforeARelativeClause() {
		List<ProposedClaim> claims = propose("A senior customs official, who spoke on condition of anonymity because he "
				+ "was not authorized to discuss the case, said the container had been flagged in Rotterdam.");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.speaker().name()).isEqualTo("unnamed senior customs official");
			assertThat(claim.content()).isEqualTo("the container had been flagged in Rotterdam");
		});
	}

	@Test
	void resolvesAPronounToThePersonASentenceOpenedWith() {
		List<ProposedClaim> claims = propose("""
				Harbour police chief Ellen Moritz said the cargo was worth $40 million.

				Interior Minister Tomas Berger praised the seizure. He insisted that the ports were safe.""");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Ellen Moritz", "Tomas Berger");
	}

	@Test
	void takesWhatASpeakerCallsForAsTheContent() {
		List<ProposedClaim> claims = propose("The panel’s chair, Rep. Ana Ruiz, called for tighter checks on pill presses.");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.content()).isEqualTo("tighter checks on pill presses");
			assertThat(claim.cue()).isEqualTo("called for");
			assertThat(claim.speaker().name()).isEqualTo("Ana Ruiz");
		});
	}

	@Test
	void endsASentenceAtAnAbbreviationWhenTheNextWordOpensOne() {
		List<ProposedClaim> claims = propose(
				"Overdose deaths fell for a second year in the U.S. Most researchers said the drop came from naloxone.");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.speaker().name()).isEqualTo("Most researchers");
			assertThat(claim.content()).isEqualTo("the drop came from naloxone");
		});
	}

	@Test
	void keepsAnAbbreviationBeforeANameInItsSentence() {
		List<ProposedClaim> claims = propose("The U.S. Coast Guard said the freighter carried 900 kilograms of powder.");

		assertThat(claims).extracting(ProposedClaim::speakerMention).containsExactly("The U.S. Coast Guard");
	}

	@Test
	void givesAQuotationTheSpeakerTheSentenceBeforeAnnounced() {
		List<ProposedClaim> claims = propose("""
				The harbour authority said in a statement on Friday. “We will not tolerate delays at our terminals.”""");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.content()).isEqualTo("We will not tolerate delays at our terminals");
			assertThat(claim.direct()).isTrue();
			assertThat(claim.speaker().name()).isEqualTo("harbour authority");
		});
	}

	@Test
	void readsADenialWithAContentClauseButNotADeniedAllegation() {
		List<ProposedClaim> claims = propose("""
				The interior minister denied that soldiers had fired on the marchers.

				The company denied the allegations.""");

		assertThat(claims).singleElement().satisfies(claim -> {
			assertThat(claim.content()).isEqualTo("soldiers had fired on the marchers");
			assertThat(claim.cue()).isEqualTo("denied");
		});
	}

	@Test
	void matchesAnOrganisationNamedWithoutItsQualifier() {
		ClaimExtractor knowing = new AttributionExtractor(() -> new Gazetteer(List.of(
				new Gazetteer.Form("senate-panel", "Senate Subcommittee on Border Security", false, null))));

		List<ProposedClaim> claims = knowing.propose("A report by the Senate subcommittee says the scanners miss most pills.");

		assertThat(claims).extracting(claim -> claim.speaker().actor()).containsExactly("senate-panel");
	}

	@Test
	void skipsAPersonWhoseFirstNameDoesNotFitThePronoun() {
		List<ProposedClaim> claims = propose("""
				Carlos Mendez, the plant manager, said the line would restart on Monday.

				Inspector Laura Kim said the valves had failed twice. “We warned them in March,” he said.""");

		assertThat(claims).extracting(claim -> claim.speaker().name())
			.containsExactly("Carlos Mendez", "Laura Kim", "Carlos Mendez");
	}

	@Test
	void readsThePronounFromATitleBeforeTheSurname() {
		List<ProposedClaim> claims = propose("""
				Ngozi Adeyemi said the vote had been rigged. Tunde Bakare, a lawyer for the party, said the count was fair.

				“The tallies were altered at night,” she said. Mr. Bakare did not reply to her.""");

		assertThat(claims).extracting(claim -> claim.speaker().name())
			.containsExactly("Ngozi Adeyemi", "Tunde Bakare", "Ngozi Adeyemi");
	}

	@Test
	void expandsAShortSurnameAndReadsACapitalisedPluralAsAGroup() {
		List<ProposedClaim> claims = propose("""
				Ravi Menon, the defendant, said he was innocent. Prosecutors said the ring laundered $3 million.

				“I never touched the money,” he said.

				Xiaolan Hu, a witness, said the van had left at dawn. Hu said the driver wore a mask.""");

		assertThat(claims).extracting(claim -> claim.speaker().name())
			.containsExactly("Ravi Menon", "Prosecutors", "Ravi Menon", "Xiaolan Hu", "Xiaolan Hu");
	}

	@Test
	void takesWhatASpeakerCitesOrDescribesAsTheContent() {
		List<ProposedClaim> claims = propose("""
				The airline cited rising fuel costs and a shortage of pilots.

				The study, cited by lawmakers, was published in May. The suspect was described as a tall man.

				Dock workers described the new cranes as unsafe and said the union would file a complaint.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::cue, claim -> claim.speaker().name())
			.containsExactly(tuple("rising fuel costs and a shortage of pilots", "cited", "airline"),
					tuple("the new cranes as unsafe", "described", "Dock workers"),
					tuple("the union would file a complaint", "said", "Dock workers"));
	}

	@Test
	void splitsAStatementAtWhileIntoTwo() {
		List<ProposedClaim> claims = propose("""
				Fire officials said the blaze was under control, while residents say they were never warned.

				The port handles most of the grain, while smaller terminals have lost business, analysts said.

				The agency hired 200 inspectors, while cutting its budget, the audit said.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("the blaze was under control", "Fire officials"),
					tuple("they were never warned", "residents"),
					tuple("The port handles most of the grain", "analysts"),
					tuple("smaller terminals have lost business", "analysts"),
					tuple("The agency hired 200 inspectors, while cutting its budget", "audit"));
	}

	@Test
	void leavesTheListenerOutOfWhatASpeakerWarnedOrAssured() {
		List<ProposedClaim> claims = propose("""
				The county engineer warned residents that the levee could fail.

				The coach assured fans on Sunday that the team would recover.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::cue)
			.containsExactly(tuple("the levee could fail", "warned residents"),
					tuple("the team would recover", "assured fans on Sunday"));
	}

	@Test
	void readsTheSpeakerOfAHeadlineQuotationAroundItsColon() {
		List<ProposedClaim> claims = propose("""
				Health secretary: ‘We need more nurses now’

				‘We are not afraid’: Students defy curfew in capital""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::direct, claim -> claim.speaker().name())
			.containsExactly(tuple("We need more nurses now", true, "Health secretary"),
					tuple("We are not afraid", true, "Students"));
		assertThat(propose("Then came the reply of the council: “We will not back down.”")).isEmpty();
	}

	@Test
	void readsQuotationsChantedOrRemarked() {
		List<ProposedClaim> claims = propose("“Free the prisoners now,” the marchers chanted outside the court.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::cue)
			.containsExactly(tuple("Free the prisoners now", "chanted"));
	}

	@Test
	void resolvesAFirstPronounToThePersonASentenceDescribed() {
		List<ProposedClaim> claims = propose("""
				The senator did not mince words. “This is theft from the taxpayers,” she said on the floor.

				The company lost money. “We will recover by the summer,” he said.""");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("senator", "he");
	}

	@Test
	void readsAReportingVerbAfterATitleTheTaggerTookForAnAdjective() {
		List<ProposedClaim> claims = propose("Fire chief warns that the dry winds will spread the blaze overnight.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("the dry winds will spread the blaze overnight", "Fire chief"));
	}

	@Test
	void keepsTheSubjectOfAStatementInterruptedByItsSpeaker() {
		List<ProposedClaim> claims = propose("The port authority, the mayor said, must hire more inspectors before the summer.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("The port authority, the mayor said, must hire more inspectors before the summer", "mayor"));
	}

	@Test
	void readsAClauseAfterAnInterruptingAttributionAsASecondStatement() {
		List<ProposedClaim> claims = propose(
				"Counterfeit pills have spread to rural towns, the health agency said, and overdoses there have doubled.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("Counterfeit pills have spread to rural towns", "health agency"),
					tuple("overdoses there have doubled", "health agency"));
		assertThat(propose("Both ports will be inspected, the minister said, though on different days."))
			.extracting(ProposedClaim::content)
			.containsExactly("Both ports will be inspected");
	}

	@Test
	void readsStancesWhoseContentIsTheVerbWithItsObject() {
		List<ProposedClaim> claims = propose("""
				The ministry pushed back hard on the idea of foreign troops patrolling the river.

				The governor dismissed as “reckless” the notion of closing every crossing at once.

				Some farmers saw the new permits as a step toward ending the dispute.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("pushed back hard on the idea of foreign troops patrolling the river", "ministry"),
					tuple("dismissed as “reckless” the notion of closing every crossing at once", "governor"),
					tuple("saw the new permits as a step toward ending the dispute", "Some farmers"));
	}

	@Test
	void readsFeelingsExpressedAndPraiseAsStatements() {
		List<ProposedClaim> claims = propose("""
				Parents expressed outrage at the school board’s decision to cut the counseling program.

				The two agencies closed the case in May and the Justice Ministry hailed the arrests as proof that the treaty works.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("the school board’s decision to cut the counseling program", "Parents"),
					tuple("the arrests as proof that the treaty works", "Justice Ministry"));
	}

	@Test
	void leavesActsThatAreNotStancesAlone() {
		assertThat(propose("A federal judge dismissed the lawsuit against the shipping company in March.")).isEmpty();
		assertThat(propose("Detectives questioned the driver of the truck for several hours.")).isEmpty();
		assertThat(propose("The minister saw the damage as he drove along the coast.")).isEmpty();
	}

	@Test
	void givesARejectedClaimToTheOneWhoHoldsIt() {
		List<ProposedClaim> claims = propose("""
				Ottawa rejects the union’s assertion that the new scanners are unsafe for port workers.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactlyInAnyOrder(tuple("the new scanners are unsafe for port workers", "union"),
					tuple("rejects the union’s assertion that the new scanners are unsafe for port workers", "Ottawa"));
		assertThat(propose("Despite his claim that the cargo was rice, the captain was detained at the port."))
			.extracting(ProposedClaim::content)
			.containsExactly("the cargo was rice");
	}

	@Test
	void findsTheSpeakerOfARelativeClauseAfterAnotherClause() {
		List<ProposedClaim> claims = propose(
				"Several mayors welcomed the plan, including the senior county administration official who said the funds would arrive by June.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.contains(tuple("the funds would arrive by June", "the senior county administration official"));
	}

	@Test
	void readsQuotationsInStraightSingleMarksButNotApostrophes() {
		List<ProposedClaim> claims = propose("""
				The inspectors' report was late. 'We need two more weeks,' the agency's director said. "It's a big port."

				He said the officials' plan isn't new.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::direct)
			.containsExactly(tuple("We need two more weeks", true), tuple("It's a big port", true),
					tuple("the officials' plan isn't new", false));
	}

	@Test
	void splitsAQuotationAtAnOmission() {
		List<ProposedClaim> claims = propose("""
				“The river is rising. And if the levees fail before the weekend … the whole valley could flood, and nobody is ready,” the engineer said.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::direct)
			.containsExactly(tuple("The river is rising", true),
					tuple("the whole valley could flood, and nobody is ready", true));
	}

	@Test
	void takesTheSpeakerOfAHeadlineFromBeforeItsFirstVerb() {
		List<ProposedClaim> claims = propose("Port authority denies role in delays, says new scanners are working");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("new scanners are working", "Port authority"));
	}

	@Test
	void readsPeopleStandingForAGroupAsSeveralForALaterThey() {
		List<ProposedClaim> claims = propose("""
				Harbor police officers said the tunnels were found in March. People advising the port authority told the AP the scanners arrive too late.

				They said the budget for inspectors must double.""");

		assertThat(claims).extracting(claim -> claim.speaker().name())
			.containsExactly("Harbor police officers", "People advising the port authority", "People advising the port authority");
	}

	@Test
	void skipsAnAppositionAfterAnIntroPhrase() {
		List<ProposedClaim> claims = propose(
				"In a post on Sunday on Harbor Talk, her favourite forum, Lena Marsh said the ferry fares would rise in May.");

		assertThat(claims).extracting(ProposedClaim::speakerMention).containsExactly("Lena Marsh");
	}

	@Test
	void namesBareOfficialsAsTheTextQualifiedThemLast() {
		List<ProposedClaim> claims = propose("""
				Canadian border officials met their American counterparts in Detroit on Monday.

				Officials said the new lanes would open in the spring.""");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Canadian border officials");
	}

	@Test
	void readsAPersonsMinistryAsTheMinistryTheTextNamed() {
		List<ProposedClaim> claims = propose("""
				Interior Ministry spokesman Karel Novak said the checkpoints would stay.

				Novak’s ministry said separately that two more would open in June.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("the checkpoints would stay", "Karel Novak"),
					tuple("two more would open in June", "Interior Ministry"));
	}

	@Test
	void readsAQuestioningParticipleAsASecondStatement() {
		List<ProposedClaim> claims = propose(
				"The auditor expressed concern that the deadline was too short, questioning whether the office could cope.");

		assertThat(claims).extracting(ProposedClaim::content)
			.containsExactly("the deadline was too short", "whether the office could cope");
	}

	@Test
	void tellsAQuotationGivenToASpeakerFromAPhraseQuotedInTheirClause() {
		List<ProposedClaim> claims = propose(
				"The consulate called the reports “baseless” and said its staff had broken no law.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::direct)
			.containsExactly(tuple("called the reports “baseless", false), tuple("its staff had broken no law", false));
	}

	@Test
	void readsWhatRecordsShowWithoutThat() {
		List<ProposedClaim> claims = propose("Shipping records show the containers were declared as furniture.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("the containers were declared as furniture", "Shipping records"));
		assertThat(propose("The tests show off the new scanners to visitors.")).isEmpty();
	}

	@Test
	void readsAQuotationEndingAStanceAsTheDirectStatement() {
		List<ProposedClaim> claims = propose("Last spring, Canada’s Moreau accused the union of “holding the harbour hostage for a pay rise.”");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::direct)
			.containsExactly(tuple("holding the harbour hostage for a pay rise", true));
	}

	@Test
	void readsAStanceBeforeAParticipleOfTheSameSpeaker() {
		List<ProposedClaim> claims = propose(
				"The ministry rejected Ottawa’s claim that the fishing fleet had crossed the line, saying the boats never left port.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("the fishing fleet had crossed the line", "Ottawa"),
					tuple("rejected Ottawa’s claim that the fishing fleet had crossed the line", "ministry"),
					tuple("the boats never left port", "ministry"));
		assertThat(propose("The ministry has repeatedly dismissed the claims in the leaked memo.")).isEmpty();
	}

	@Test
	void takesThePersonNotTheirOrganisationFromANameWithAffiliation() {
		List<ProposedClaim> claims = propose("“The ports are the weak point,” said Ana Ferreira of the Lisbon Maritime Institute.");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Ana Ferreira");
	}

	@Test
	void readsTheMinistryAfterItsSpokespersonAsTheMinistry() {
		List<ProposedClaim> claims = propose("""
				Interior ministry spokesperson Olga Berg said the checks were routine.

				The ministry insisted the new rules were lawful.""");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Olga Berg", "Interior ministry");
	}

	@Test
	void readsAQuotedTitleInsideAnAppositionAsPartOfTheSpeaker() {
		List<ProposedClaim> claims = propose(
				"Rita Olsen, a former prosecutor who now serves as the city’s “harbor czar,” said the inspections would double.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("the inspections would double", "Rita Olsen"));
	}

	@Test
	void readsALowerCasePluralSubjectAfterAConnective() {
		List<ProposedClaim> claims = propose("But even supporters of the ferry plan say the budget will not stretch that far.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("the budget will not stretch that far", "supporters of the ferry plan"));
	}

	@Test
	void takesTheWholeAntecedentOfARelativeClauseAsTheSpeaker() {
		List<ProposedClaim> claims = propose("""
				The ruling angered some harbor pilots and ferry captains who say the new lanes are unsafe.

				Residents of the island who have lived through three storms have expressed anger at the plan to close the clinic.""");

		assertThat(claims).extracting(ProposedClaim::speakerMention)
			.containsExactly("some harbor pilots and ferry captains", "Residents of the island");
	}

	@Test
	void readsTheSubjectAfterAPrepositionAndWhich() {
		List<ProposedClaim> claims = propose(
				"After months of talks, an accord was signed under which Norway promised that the fleet would stay out of the bay.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("the fleet would stay out of the bay", "Norway"));
	}

	@Test
	void readsAHeadlineWhoseSpeakerStandsBeforeAColon() {
		List<ProposedClaim> claims = propose("""
				Novak: Ferry fares will rise again next spring

				Photo: Inspectors check a container at the port of Koper

				The talks ended late. Novak’s deputy said the fares were fair.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("Ferry fares will rise again next spring", "Novak"),
					tuple("the fares were fair", "Novak’s deputy"));
	}

	@Test
	void readsAReportedClauseWhoseVerbIsQuoted() {
		List<ProposedClaim> claims = propose("A letter from the port authority said the union “flatly refuses” the new shifts.");

		assertThat(claims).extracting(ProposedClaim::content)
			.containsExactly("the union “flatly refuses” the new shifts");
	}

	@Test
	void resolvesAnEpithetToThePersonNamedBefore() {
		List<ProposedClaim> claims = propose("""
				Rep. Dana Ortiz, R-Ariz., said the wall had slowed crossings.

				The Arizona Republican added that the funding would run out in May.""");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Dana Ortiz", "Dana Ortiz");
	}

	@Test
	void resolvesAPronounToAPersonASentenceOpenedWithBySurname() {
		List<ProposedClaim> claims = propose("""
				Marta Kowalski’s election changed the port’s plans.

				Already, Kowalski is rethinking the budget. In a post on Friday, she promised new cranes for the harbor by the autumn.""");

		assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Marta Kowalski");
	}

	@Test
	void readsAnAttributionSetOffByCommasWhateverTheVerbWasTaggedAs() {
		List<ProposedClaim> claims = propose("The payments, the complaint alleges, were hidden in shell companies in Panama.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("The payments, the complaint alleges, were hidden in shell companies in Panama", "the complaint"));
	}

	@Test
	void givesWhatAnInvestigationOrDataShowsToItsKnownAuthor() {
		List<ProposedClaim> claims = propose("""
				A DEA investigation into the online pill trade has shown how easily buyers reach the sellers.

				Port authority data shows inspectors opened fewer containers in 2024 than in 2019.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().actor())
			.containsExactly(tuple("how easily buyers reach the sellers", "dea"),
					tuple("inspectors opened fewer containers in 2024 than in 2019", null));
	}

	@Test
	void readsACallingParticipleAsASecondStatement() {
		List<ProposedClaim> claims = propose(
				"The ministry has denied that it tracks dissidents abroad, calling such reports “slander.”");

		assertThat(claims).extracting(ProposedClaim::content)
			.containsExactly("it tracks dissidents abroad", "such reports “slander");
	}

	@Test
	void continuesAQuotationLeftOpenAcrossParagraphsWithItsSpeaker() {
		List<ProposedClaim> claims = propose("""
				“The river crossings are quieter,” Chief Lena Vogt said. “That is the first good news in years.

				“But nobody here is celebrating. The routes simply moved east.”""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("The river crossings are quieter", "Lena Vogt"),
					tuple("That is the first good news in years", "Lena Vogt"),
					tuple("But nobody here is celebrating. The routes simply moved east", "Lena Vogt"));
	}

	@Test
	void givesTheQuotationAfterAQuestionToTheOneWhoAsked() {
		List<ProposedClaim> claims = propose("""
				The minister spoke first. “Can the port cope with this?” asked Councillor Rui Matos. “I doubt it very much.”""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("I doubt it very much", "Rui Matos"));
	}

	@Test
	void readsAccordingToBeforeASpeakersRelativeClause() {
		List<ProposedClaim> claims = propose(
				"The two brothers were detained in Tijuana, according to police, who said they had run the lab for a year.");

		assertThat(claims).extracting(ProposedClaim::content)
			.containsExactlyInAnyOrder("The two brothers were detained in Tijuana", "they had run the lab for a year");
	}

	@Test
	void readsASpeakerInsideARelativeClause() {
		List<ProposedClaim> claims = propose("The treaty, which diplomats say will be ratified in June, adds new inspection rules.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("will be ratified in June", "diplomats"));
	}

	@Test
	void readsWhatAnAgencySaysOnItsWebsite() {
		List<ProposedClaim> claims = propose(
				"Most counterfeit pills now contain a lethal dose, the health agency says on its website.");

		assertThat(claims).extracting(ProposedClaim::content)
			.containsExactly("Most counterfeit pills now contain a lethal dose");
		assertThat(propose("Ottawa’s offer, a union leader said, is far too small for the dock workers."))
			.extracting(ProposedClaim::content)
			.containsExactly("Ottawa’s offer, a union leader said, is far too small for the dock workers");
	}

	@Test
	void leavesPassivesAndNicknamesOutOfStances() {
		assertThat(propose("""
				The harbor plan was rejected by the council on the grounds that it cost too much.

				The memo was dismissed as a forgery by the ministry.

				Dock workers call him “El Jefe” in the port.""")).isEmpty();
		assertThat(propose("Port unions are advocating a far stricter inspection regime than the one adopted last year."))
			.extracting(ProposedClaim::speakerMention)
			.containsExactly("Port unions");
	}

	@Test
	void readsWhatASpeakerPressesOthersToDo() {
		List<ProposedClaim> claims = propose("The EU has pressed Serbia to tighten checks on shipments of pill presses.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("Serbia to tighten checks on shipments of pill presses", "The EU"));
		assertThat(propose("Prosecutors pressed charges against the driver in March.")).isEmpty();
	}

	@Test
	void readsWarningsOfAThingAndDropsAHeadlineKicker() {
		List<ProposedClaim> claims = propose("""
				Exclusive: Serbia weighs new checks on pill presses, sources say

				The mayor warned of “a summer of shortages” if the ferry stops running.""");

		assertThat(claims).extracting(ProposedClaim::content)
			.containsExactly("Serbia weighs new checks on pill presses", "“a summer of shortages” if the ferry stops running");
	}

	@Test
	void readsAStatementAroundItsAccordingTo() {
		List<ProposedClaim> claims = propose("""
				The two trucks, according to customs officers, were carrying forged manifests.

				The broker bought the presses in Shenzhen, according to the complaint, and sold them in Sonora.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("The two trucks, according to customs officers, were carrying forged manifests", "customs officers"),
					tuple("The broker bought the presses in Shenzhen, according to the complaint, and sold them in Sonora",
							"the complaint"));
	}

	@Test
	void takesNoSpeakerForAQuotationThatOpensTheText() {
		List<ProposedClaim> claims = propose("“The tide has turned on the river crossings.”");

		assertThat(claims).isEmpty();
	}

	@Test
	void splitsTwoProposalsOfOneSubject() {
		List<ProposedClaim> claims = propose(
				"The union described the new shifts as unsafe for older workers and called for an independent safety review.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("the new shifts as unsafe for older workers", "The union"),
					tuple("an independent safety review", "The union"));
	}

	@Test
	void leavesATrailingAccordingToOutOfTheStatement() {
		List<ProposedClaim> claims = propose(
				"The ministry has argued that the sanctions block its labs from buying equipment, according to the Financial Times.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("the sanctions block its labs from buying equipment", "The ministry"));
	}

	@Test
	void namesOneOfAGroupAfterTheGroup() {
		List<ProposedClaim> claims = propose("""
				Norwegian officials said the quota talks had stalled. One official said a deal could still come in June.""");

		assertThat(claims).extracting(claim -> claim.speaker().name())
			.containsExactly("Norwegian officials", "unnamed Norwegian official");
	}

	@Test
	void readsASpeakerInsideARelativeClauseWithoutACommaAndKeepsTheGroupUnqualified() {
		List<ProposedClaim> claims = propose("""
				He imported presses from Shenzhen that investigators say were used to make fake pills. Investigators said he paid cash.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("were used to make fake pills", "investigators"), tuple("he paid cash", "Investigators"));
	}

	@Test
	void givesAQuotationAfterAColonToTheOneTheClauseIsAbout() {
		List<ProposedClaim> claims = propose("""
				Harbor master Ines Duarte put it bluntly: “We cannot inspect what we cannot see.”

				The mayor’s message was simple: “Keep the ferries running.”

				The rules are simple: “No pills, no needles, no exceptions.”

				Click to play video: “Families of the missing demand answers from the port”""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("We cannot inspect what we cannot see", "Ines Duarte"),
					tuple("Keep the ferries running", "mayor"));
	}

	@Test
	void survivesAStrayMarkWhereTheSubjectShouldBe() {
		assertThat(propose(", asked by the council if h\"is plan would work, said voters chose him “to lead\n\n the port.”,"))
			.allSatisfy(claim -> assertThat(claim.speaker()).isNotNull());
	}

	@Test
	void readsCondemningAndBlamingAsStances() {
		List<ProposedClaim> claims = propose("""
				The union condemned the new shifts as a threat to safety on the docks.

				Fishermen blamed the port authority for the collapse of the herring stocks.

				The flood was blamed for the closure of two ferry lines.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("the new shifts as a threat to safety on the docks", "The union"),
					tuple("blamed the port authority for the collapse of the herring stocks", "Fishermen"));
	}

	@Test
	void readsAStateOfMindWithItsContent() {
		List<ProposedClaim> claims = propose("""
				The harbor master is confident that the new cranes will arrive before winter.

				The forecast is certain to change by Friday.""");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("the new cranes will arrive before winter", "The harbor master"));
	}

	@Test
	void tellsAnIntroPhraseFromANameBeforeAClosingSpeaker() {
		List<ProposedClaim> claims = propose(
				"The port reopened. And on May 3, a joint patrol began its first shift, said Eva Lind, a spokesperson for the coast guard.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("on May 3, a joint patrol began its first shift", "Eva Lind"));
	}

	@Test
	void givesAStatementMadeInADocumentToItsAuthor() {
		List<ProposedClaim> claims = propose("""
				Shipping firms have ignored the new rules for months, in a report released Monday by the DEA.

				The river rose fast, in a sense.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().actor())
			.containsExactly(tuple("Shipping firms have ignored the new rules for months", "dea"));
	}

	@Test
	void readsAProposalInThePresentTenseAfterADocument() {
		List<ProposedClaim> claims = propose("The audit calls on the ministry to publish every inspection result.");

		assertThat(claims).extracting(ProposedClaim::content, ProposedClaim::speakerMention)
			.containsExactly(tuple("the ministry to publish every inspection result", "The audit"));
	}

	@Test
	void givesAPullQuoteToTheNameCreditedOnTheLineAfterIt() {
		List<ProposedClaim> claims = propose("""
				Port officials said the new scanners had cut inspection times by half.

				“Every container that slips through is a failure we own.”

				Lena Marsh, director of the harbour authority: The scanners arrived in March.

				“We cannot inspect our way out of this.”

				— Tomas Okafor""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.contains(tuple("Every container that slips through is a failure we own", "Lena Marsh"),
					tuple("We cannot inspect our way out of this", "Tomas Okafor"));
	}

	@Test
	void takesNoSentenceAfterAPullQuoteForItsCredit() {
		List<ProposedClaim> claims = propose("""
				Sheriff Dana Whitfield said the county had seized more pills than ever.

				“The labs keep adapting to every rule we write.”

				Governor Ana Morales, a Democrat, said on Tuesday that the state would hire more inspectors.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.contains(tuple("The labs keep adapting to every rule we write", "Dana Whitfield"));
	}

	@Test
	void namesAKnownPersonCalledByCountryAndSurname() {
		ClaimExtractor knowing = new AttributionExtractor(() -> new Gazetteer(
				List.of(new Gazetteer.Form("xi-jinping", "Xi Jinping", true, "Xi"))));

		List<ProposedClaim> claims = knowing.propose("Last year, China’s Xi accused the exporters of “poisoning a generation.”");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name(),
				claim -> claim.speaker().actor())
			.containsExactly(tuple("poisoning a generation", "Xi Jinping", "xi-jinping"));
	}

	@Test
	void keepsWhatDescribesAGroupOfSpeakersAndCountsThemAsSeveral() {
		List<ProposedClaim> claims = propose("""
				Mayor Tom Reyes has promised a crackdown. Advisors to the city’s drug task force say the plan needs \
				more inspectors. Veterans of border policing say that the ports are understaffed.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.contains(tuple("the plan needs more inspectors", "Advisors to the city’s drug task force"));
	}

	@Test
	void splitsTwoStatementsJoinedByAndSaidWithoutAComma() {
		List<ProposedClaim> claims = propose("""
				His lawyer, Marta Ruiz, argued the search broke the rules and said her client was "a scapegoat." \
				The pills were seized in May and said to be worth $2 million.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("the search broke the rules", "Marta Ruiz"),
					tuple("her client was \"a scapegoat", "Marta Ruiz"));
	}

	@Test
	void readsOthersAsMoreOfTheGroupNamedBeforeNotTheLastSpeaker() {
		List<ProposedClaim> claims = propose("""
				The port authority said inspections would double. Economists were divided. "It will slow trade," \
				said Dana Whitfield of the Trade Institute. Others warned that smugglers would simply switch ports.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.contains(tuple("smugglers would simply switch ports", "other economists"));
	}

	@Test
	void leavesAWireDatelineAndAWeekdayOutOfTheSpeakerAndReadsAVowAfterAnd() {
		List<ProposedClaim> claims = propose("""
				MANILA, June 2 (Reuters) - The coast guard on Monday said the shipments had come through three ports, \
				and vowed to double its inspections.""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name(), ProposedClaim::cue)
			.containsExactly(tuple("the shipments had come through three ports", "coast guard", "said"),
					tuple("to double its inspections", "coast guard", "vowed"));
	}

	@Test
	void givesAReportToTheOrganisationNamedWithItsCountryNotToTheCountry() {
		List<ProposedClaim> claims = propose(
				"A report by the Financial Intelligence Service Norway found that the money moved through shell firms.");

		assertThat(claims).extracting(claim -> claim.speaker().name())
			.containsExactly("Financial Intelligence Service Norway");
	}

	@Test
	void findsAPersonOpeningASentenceWithATitleAndARelativeClauseForALaterHe() {
		List<ProposedClaim> claims = propose("""
				Officer Lena Marsh said the seizures had doubled. Harbour chief Paul Osei took over in May.

				Mr. Osei, who spent 20 years at sea, declined to give numbers. Asked about the budget, he said: \
				"We will need more scanners.\"""");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.contains(tuple("We will need more scanners", "Paul Osei"));
	}

	@Test
	void readsWhatSomeoneDemandsOthersDoAsTheirProposalNotAsTheOthersStatement() {
		List<ProposedClaim> claims = propose(
				"Three mayors demanded that the port authority explain why inspections have stalled.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name(), ProposedClaim::cue)
			.containsExactly(tuple("the port authority explain why inspections have stalled", "Three mayors", "demanded"));
	}

	@Test
	void takesThePersonInAnAppositionWithTheirPlace() {
		List<ProposedClaim> claims = propose(
				"Her deputy, Sheriff Ana Ruiz of Yuma County, said the checkpoints were working.");

		assertThat(claims).extracting(ProposedClaim::content, claim -> claim.speaker().name())
			.containsExactly(tuple("the checkpoints were working", "Ana Ruiz"));
	}

}
