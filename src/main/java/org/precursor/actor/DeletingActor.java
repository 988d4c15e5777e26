package org.precursor.actor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/**
 * Deletes an actor who made no claims: it is taken off the claims about it, its affiliated actors lose their
 * parent and its old slugs stop redirecting. An actor with claims is merged instead, so no claim loses its claimant.
 */
@Component
public class DeletingActor {

	private final ActorRepository actors;

	private final ActorRedirectRepository redirects;

	private final ClaimRepository claims;

	private final ApplicationEventPublisher events;

	DeletingActor(ActorRepository actors, ActorRedirectRepository redirects, ClaimRepository claims,
			ApplicationEventPublisher events) {
		this.actors = actors;
		this.redirects = redirects;
		this.claims = claims;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public ActorDeletion preview(Long id) {
		Actor actor = find(id);
		return new ActorDeletion(actor.getId(), actor.getName(), actor.getSlug(), actor.getVersion(),
				claims.countByClaimant(actor), claims.countAbout(actor),
				actors.findByParentOrderByNameAsc(actor).stream().map(Actor::getName).toList(),
				redirects.findByActor(actor).stream().map(ActorRedirect::getOldSlug).toList());
	}

	@Transactional
	public void delete(Long id, Long version) {
		Actor actor = find(id);
		StaleEditException.check(version, actor.getVersion());
		if (claims.countByClaimant(actor) > 0) {
			throw new MergeRefusedException(actor.getName() + " made claims, so deleting it would leave them "
					+ "without a claimant. Merge it into another actor instead.");
		}
		for (Claim claim : claims.findAbout(actor)) {
			Set<Actor> about = new LinkedHashSet<>();
			claim.getAbout().stream().filter(subject -> !actor.getId().equals(subject.getId())).forEach(about::add);
			claim.concerning(about);
		}
		actors.findByParentOrderByNameAsc(actor).forEach(member -> member.affiliateTo(null, null));
		redirects.deleteAll(redirects.findByActor(actor));
		events.publishEvent(new ActorRemoving(actor));
		claims.flush();
		actors.delete(actor);
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
