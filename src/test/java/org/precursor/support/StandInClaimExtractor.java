package org.precursor.support;

import java.util.Comparator;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.precursor.extraction.ClaimExtractor;
import org.precursor.extraction.ProposedClaim;
import org.precursor.extraction.ProposedClaim.ProposedSpeaker;

/**
 * A test double for the claim extractor, for tests of the pages and the API around it rather than of the extractor:
 * it knows exactly two passages and proposes each one the text contains, in reading order. One is reported speech by
 * a known actor (the DEA), the other a direct quote by a speaker who is no actor.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StandInClaimExtractor {

	public static final String REPORTED_PASSAGE = "The DEA said the presses came from China.";

	public static final String REPORTED = "the presses came from China";

	public static final String QUOTED_PASSAGE = "“The pills keep coming,” an official said.";

	public static final String QUOTED = "The pills keep coming";

	/** An article's text with both passages in it. */
	public static final String TEXT = "Customs seized six pill presses in Long Beach. " + REPORTED_PASSAGE
			+ " Nobody would say more. " + QUOTED_PASSAGE;

	private static final List<ProposedClaim> KNOWN = List.of(
			new ProposedClaim(REPORTED, false, "said", "The DEA", new ProposedSpeaker("Drug Enforcement Administration", "dea"),
					REPORTED_PASSAGE.indexOf(REPORTED), REPORTED_PASSAGE),
			new ProposedClaim(QUOTED, true, "said", "an official", new ProposedSpeaker("unnamed official", null),
					QUOTED_PASSAGE.indexOf(QUOTED), QUOTED_PASSAGE));

	@Bean
	@Primary
	ClaimExtractor standInClaimExtractor() {
		return text -> KNOWN.stream()
			.filter(claim -> text.contains(claim.passage()))
			.sorted(Comparator.comparingInt(claim -> text.indexOf(claim.passage())))
			.toList();
	}

}
