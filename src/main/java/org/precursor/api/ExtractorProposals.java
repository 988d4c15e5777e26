package org.precursor.api;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.precursor.claim.ClaimProposals;
import org.precursor.extraction.ClaimExtractor;
import org.precursor.extraction.ProposedClaim;

/**
 * The claim extractor behind the API's {@code POST /api/extractions} and the proposals on an article's admin page.
 * An installation without an extractor still starts; asking it for proposals is then refused as unavailable.
 */
@Component
class ExtractorProposals implements ClaimProposals {

	private final ObjectProvider<ClaimExtractor> extractor;

	ExtractorProposals(ObjectProvider<ClaimExtractor> extractor) {
		this.extractor = extractor;
	}

	/** The extractor's own answer, for the API. */
	List<ProposedClaim> proposed(String text) {
		ClaimExtractor found = extractor.getIfAvailable();
		if (found == null) {
			throw new ClaimProposals.Unavailable();
		}
		return found.propose(text);
	}

	@Override
	public List<Proposal> propose(String text) {
		return proposed(text).stream()
			.map(claim -> new Proposal(claim.content(), claim.direct(), claim.cue(), claim.speakerMention(),
					claim.speaker() == null ? null : claim.speaker().name(),
					claim.speaker() == null ? null : claim.speaker().actor(), claim.contentStart(), claim.passage()))
			.toList();
	}

}
