package org.precursor.claim;

import java.util.List;
import java.util.Optional;

import org.precursor.actor.ActorRef;
import org.precursor.article.ArticleRef;
import org.precursor.article.OutletRef;
import org.precursor.article.PublicationDate;
import org.precursor.proposition.Stance;

/**
 * A claim as every list shows it: the words, how they were reported, who said them (and in what role), the
 * article, the outlet that published it and the one that originally reported it, the date and the sides taken.
 */
public record ClaimCard(Long id, ClaimKind kind, String text, String summary, ActorRef claimant,
		String claimantAffiliation, ArticleRef article, OutletRef outlet, OutletRef originalOutlet,
		PublicationDate date, List<StanceBadge> stances, ClaimContext context, List<ActorRef> jointClaimants) {

	public ClaimCard {
		stances = List.copyOf(stances);
		jointClaimants = List.copyOf(jointClaimants);
	}

	public ClaimCard(Long id, ClaimKind kind, String text, String summary, ActorRef claimant,
			String claimantAffiliation, ArticleRef article, OutletRef outlet, OutletRef originalOutlet,
			PublicationDate date, List<StanceBadge> stances) {
		this(id, kind, text, summary, claimant, claimantAffiliation, article, outlet, originalOutlet, date, stances,
				null, List.of());
	}

	/** The same card with the passage the claim stands in. */
	public ClaimCard inContext(ClaimContext passage) {
		return new ClaimCard(id, kind, text, summary, claimant, claimantAffiliation, article, outlet, originalOutlet,
				date, stances, passage, jointClaimants);
	}

	/** Whether the actor with this slug made the claim, alone or jointly with others. */
	public boolean isMadeBy(String slug) {
		return claimant.slug().equals(slug) || jointClaimants.stream().anyMatch(other -> other.slug().equals(slug));
	}

	/** The same card with the others who made the statement together with the claimant. */
	public ClaimCard madeJointlyWith(List<ActorRef> others) {
		return new ClaimCard(id, kind, text, summary, claimant, claimantAffiliation, article, outlet, originalOutlet,
				date, stances, context, others);
	}

	/** Only a direct quote is shown in quotation marks; other kinds are the article's own sentence. */
	public boolean isQuotation() {
		return kind == ClaimKind.DIRECT_QUOTE;
	}

	/** The outlet that did the reporting: the original one when the article is a republication. */
	public OutletRef reportingOutlet() {
		return originalOutlet != null ? originalOutlet : outlet;
	}

	public boolean isRepublished() {
		return originalOutlet != null;
	}

	public Optional<Stance> stanceOn(String propositionSlug) {
		return stances.stream()
			.filter(badge -> badge.proposition().slug().equals(propositionSlug))
			.map(StanceBadge::stance)
			.findFirst();
	}

}
