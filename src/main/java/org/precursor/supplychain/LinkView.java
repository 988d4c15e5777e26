package org.precursor.supplychain;

import java.util.List;
import java.util.stream.Stream;

/** A supply-chain link as pages and the JSON show it: both ends, what moves, how, when, and all its evidence. */
public record LinkView(long id, ActorRef from, ActorRef to, Commodity moves, Stage stage, List<Channel> channels,
		String period, String description, List<EvidenceClaim> asserting, List<EvidenceClaim> disputing) {

	public boolean contested() {
		return !disputing.isEmpty();
	}

	/** The distinct names of those who assert the link, in the order their claims are listed. */
	public List<String> assertedBy() {
		return asserting.stream().map(EvidenceClaim::claimantName).distinct().toList();
	}

	public List<String> disputedBy() {
		return disputing.stream().map(EvidenceClaim::claimantName).distinct().toList();
	}

	/** Where the claims in a scope stand on this link; null when the scope says nothing about it. */
	public Position positionOf(EvidenceScope scope) {
		return scope.isAll() ? null : Position.of(claimsWithin(scope).stream().map(EvidenceClaim::role).toList());
	}

	/** The evidence made or reported within a scope, asserting claims first. */
	public List<EvidenceClaim> claimsWithin(EvidenceScope scope) {
		return Stream.concat(asserting.stream(), disputing.stream()).filter(claim -> claim.matches(scope)).toList();
	}

	public String channelLabels() {
		return String.join(", ", channels.stream().map(Channel::label).toList());
	}

}
