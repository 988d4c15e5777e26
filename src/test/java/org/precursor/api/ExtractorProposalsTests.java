package org.precursor.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import org.precursor.claim.ClaimProposals;
import org.precursor.extraction.ClaimExtractor;
import org.precursor.extraction.ProposedClaim;
import org.precursor.extraction.ProposedClaim.ProposedSpeaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The port between the claims' review and the extractor: the extractor's proposals as the review takes them. */
class ExtractorProposalsTests {

	@Test
	void givesTheExtractorsProposalsWithTheirSpeakers() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		ClaimExtractor extractor = text -> List.of(new ProposedClaim("the presses came from China", false, "said",
				"The DEA", new ProposedSpeaker("Drug Enforcement Administration", "dea"), 13,
				"The DEA said the presses came from China."));
		beans.registerSingleton("extractor", extractor);

		List<ClaimProposals.Proposal> proposals = new ExtractorProposals(beans.getBeanProvider(ClaimExtractor.class))
			.propose("The DEA said the presses came from China.");

		assertThat(proposals).containsExactly(new ClaimProposals.Proposal("the presses came from China", false, "said",
				"The DEA", "Drug Enforcement Administration", "dea", 13, "The DEA said the presses came from China."));
	}

	@Test
	void withoutAnExtractorProposingIsUnavailableRatherThanBroken() {
		ExtractorProposals none = new ExtractorProposals(
				new DefaultListableBeanFactory().getBeanProvider(ClaimExtractor.class));

		assertThatThrownBy(() -> none.propose("Any text.")).isInstanceOf(ClaimProposals.Unavailable.class)
			.hasMessageContaining("not available");
	}

}
