package org.precursor.claim;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorMerging;
import org.precursor.actor.ActorRemoving;
import org.precursor.article.ArticleRedated;
import org.precursor.article.ArticleRemoving;
import org.precursor.proposition.PropositionRemoving;

/**
 * Keeps claims pointing at records that exist: a merged actor's claims, made and about, move to the survivor; a
 * deleted actor is taken off the claims about it; a deleted article takes its claims with it; a deleted
 * proposition's stances are withdrawn; a redated article's claims take its new date where they have none of their
 * own. Each runs inside the merge's or delete's transaction.
 */
@Component
class ClaimsFollowTheirRecords {

	private final ClaimRepository claims;

	private final RemovingClaims removing;

	ClaimsFollowTheirRecords(ClaimRepository claims, RemovingClaims removing) {
		this.claims = claims;
		this.removing = removing;
	}

	@EventListener
	void actorMerging(ActorMerging merging) {
		Actor duplicate = merging.duplicate();
		Actor survivor = merging.survivor();
		for (Claim claim : claims.findMadeByOrAbout(duplicate)) {
			if (duplicate.getId().equals(claim.getClaimant().getId())) {
				claim.reword(survivor, claim.getKind(), claim.getText());
			}
			if (isAbout(claim, duplicate)) {
				Set<Actor> about = without(claim, duplicate);
				about.add(survivor);
				claim.concerning(about);
			}
		}
	}

	@EventListener
	void actorRemoving(ActorRemoving removing) {
		for (Claim claim : claims.findAbout(removing.actor())) {
			claim.concerning(without(claim, removing.actor()));
		}
	}

	@EventListener
	void articleRemoving(ArticleRemoving removing) {
		this.removing.remove(claims.findByArticleInReadingOrder(removing.article()));
	}

	@EventListener
	void articleRedated(ArticleRedated redated) {
		claims.redate(redated.article(), redated.article().getPublishedOn());
	}

	@EventListener
	void propositionRemoving(PropositionRemoving removing) {
		for (Claim claim : claims.findTakingStanceOn(removing.proposition())) {
			claim.withdrawStanceOn(removing.proposition());
		}
	}

	private static boolean isAbout(Claim claim, Actor actor) {
		return claim.getAbout().stream().anyMatch(subject -> actor.getId().equals(subject.getId()));
	}

	private static Set<Actor> without(Claim claim, Actor actor) {
		Set<Actor> about = new LinkedHashSet<>();
		claim.getAbout().stream().filter(subject -> !actor.getId().equals(subject.getId())).forEach(about::add);
		return about;
	}

}
