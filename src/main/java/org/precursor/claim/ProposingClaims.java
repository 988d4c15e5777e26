package org.precursor.claim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;

/**
 * Turns an article's text into proposals for review, each prefilled as a claim form. A speaker the extractor
 * matched to a known actor is filled in as the claimant; any other speaker is left for the editor to choose or to
 * create, since an actor is never made without an editor asking for it.
 */
@Component
class ProposingClaims {

	private final ClaimProposals proposals;

	private final ActorRepository actors;

	ProposingClaims(ClaimProposals proposals, ActorRepository actors) {
		this.proposals = proposals;
		this.actors = actors;
	}

	/** Asks the extractor outside any transaction: it may take a while, and needs no database connection. */
	ProposalReview review(String text) {
		List<ClaimProposals.Proposal> proposed = proposals.propose(text);
		List<String> slugs = proposed.stream().map(ClaimProposals.Proposal::speakerActor).filter(Objects::nonNull)
			.distinct().toList();
		Map<String, String> names = actors.findBySlugIn(slugs).stream()
			.collect(Collectors.toMap(Actor::getSlug, Actor::getName, (first, second) -> first));
		return ProposalReview.of(proposed.stream()
			.map(proposal -> ProposalRow.of(proposal,
					proposal.speakerActor() == null ? null : names.get(proposal.speakerActor())))
			.toList());
	}

}
