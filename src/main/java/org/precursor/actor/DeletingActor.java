package org.precursor.actor;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/**
 * Deletes an actor who made no claims: its affiliated actors lose their parent, its old slugs stop redirecting and
 * listeners to {@link ActorRemoving} let go of it (it is taken off the claims about it). An actor with claims is
 * merged instead, so no claim loses its claimant.
 */
@Component
public class DeletingActor {

	private final ActorRepository actors;

	private final ActorRedirectRepository redirects;

	private final ActorClaimCounts claims;

	private final ApplicationEventPublisher events;

	private final Affiliations affiliations;

	DeletingActor(ActorRepository actors, ActorRedirectRepository redirects, ActorClaimCounts claims,
			ApplicationEventPublisher events, Affiliations affiliations) {
		this.actors = actors;
		this.redirects = redirects;
		this.claims = claims;
		this.events = events;
		this.affiliations = affiliations;
	}

	@Transactional(readOnly = true)
	public ActorDeletion preview(Long id) {
		Actor actor = find(id);
		return new ActorDeletion(actor.getId(), actor.getName(), actor.getSlug(), actor.getVersion(),
				claims.madeBy(actor), claims.about(actor),
				actors.findByParentOrderByNameAsc(actor).stream().map(Actor::getName).toList(),
				redirects.findByActor(actor).stream().map(ActorRedirect::getOldSlug).toList());
	}

	@Transactional
	public void delete(Long id, Long version) {
		Actor actor = find(id);
		StaleEditException.check(version, actor.getVersion());
		if (claims.madeBy(actor) > 0) {
			throw new MergeRefusedException(actor.getName() + " made claims, so deleting it would leave them "
					+ "without a claimant. Merge it into another actor instead.");
		}
		actors.findByParentOrderByNameAsc(actor).forEach(member -> member.affiliateTo(null, null));
		redirects.deleteAll(redirects.findByActor(actor));
		events.publishEvent(new ActorRemoving(actor));
		actors.flush();
		actors.delete(actor);
		affiliations.followChanges();
	}

	private Actor find(Long id) {
		return actors.findById(id).orElseThrow(() -> NotFoundException.byId("actor", id));
	}

	/** What deleting the actor would change, for the confirmation page. */
	public record ActorDeletion(Long id, String name, String slug, long version, long claimsMade, long claimsAbout,
			List<String> members, List<String> oldSlugs) {

		public boolean isBlocked() {
			return claimsMade > 0;
		}

	}

}
