package org.precursor.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/**
 * Merges a duplicate actor into the one that survives: its affiliated actors and redirects move to the survivor,
 * its name and aliases become the survivor's aliases, and its slug keeps working as a redirect to the survivor.
 * Listeners to {@link ActorMerging} move what other features hold of it (its claims, made and about). The duplicate
 * is then deleted; the history keeps it.
 */
@Component
public class MergingActors {

	private final ActorRepository actors;

	private final ActorRedirectRepository redirects;

	private final ActorClaimCounts claims;

	private final ApplicationEventPublisher events;

	private final Affiliations affiliations;

	MergingActors(ActorRepository actors, ActorRedirectRepository redirects, ActorClaimCounts claims,
			ApplicationEventPublisher events, Affiliations affiliations) {
		this.actors = actors;
		this.redirects = redirects;
		this.claims = claims;
		this.events = events;
		this.affiliations = affiliations;
	}

	/** What a merge would move, for the confirmation page. */
	@Transactional(readOnly = true)
	public MergePreview preview(Long duplicateId, Long survivorId) {
		Actor duplicate = find(duplicateId);
		Actor survivor = find(survivorId);
		refuseSelfMerge(duplicate, survivor);
		return new MergePreview(duplicate.getId(), duplicate.getName(), duplicate.getSlug(), duplicate.getVersion(),
				survivor.getId(), survivor.getName(), survivor.getSlug(), survivor.getVersion(),
				claims.madeBy(duplicate), claims.about(duplicate),
				actors.findByParentOrderByNameAsc(duplicate).stream().map(Actor::getName).toList(),
				aliasesGained(duplicate, survivor));
	}

	@Transactional
	public Actor merge(Long duplicateId, Long survivorId, Long duplicateVersion, Long survivorVersion) {
		Actor duplicate = find(duplicateId);
		Actor survivor = find(survivorId);
		refuseSelfMerge(duplicate, survivor);
		StaleEditException.check(duplicateVersion, duplicate.getVersion());
		StaleEditException.check(survivorVersion, survivor.getVersion());

		moveAffiliations(duplicate, survivor);
		List<String> aliases = new ArrayList<>(survivor.getAliases());
		aliases.addAll(aliasesGained(duplicate, survivor));
		survivor.replaceAliases(aliases);
		if (survivor.getCountry() == null) {
			survivor.rename(survivor.getName(), survivor.getType(), duplicate.getCountry());
		}
		if (survivor.getDescription() == null) {
			survivor.describe(duplicate.getDescription());
		}
		redirects.findByActor(duplicate).forEach(redirect -> redirect.pointTo(survivor));
		redirects.save(new ActorRedirect(duplicate.getSlug(), survivor));
		events.publishEvent(new ActorMerging(duplicate, survivor));
		actors.flush();
		actors.delete(duplicate);
		affiliations.followChanges();
		return survivor;
	}

	/** Actors affiliated to the duplicate join the survivor; a survivor affiliated to the duplicate moves up. */
	private void moveAffiliations(Actor duplicate, Actor survivor) {
		if (survivor.getParent() != null && duplicate.getId().equals(survivor.getParent().getId())) {
			survivor.affiliateTo(duplicate.getParent(), survivor.getRole());
		}
		for (Actor member : actors.findByParentOrderByNameAsc(duplicate)) {
			if (!member.getId().equals(survivor.getId())) {
				try {
					member.affiliateTo(survivor, member.getRole());
				}
				catch (IllegalArgumentException ex) {
					throw new MergeRefusedException(member.getName() + " is affiliated to " + duplicate.getName()
							+ " but " + survivor.getName() + " is affiliated to " + member.getName()
							+ ", so the merge would make a circle. Change one of those affiliations first.");
				}
			}
		}
	}

	private static List<String> aliasesGained(Actor duplicate, Actor survivor) {
		Set<String> known = new LinkedHashSet<>();
		known.add(survivor.getName().toLowerCase(Locale.ROOT));
		survivor.getAliases().forEach(alias -> known.add(alias.toLowerCase(Locale.ROOT)));
		List<String> gained = new ArrayList<>();
		List<String> candidates = new ArrayList<>();
		candidates.add(duplicate.getName());
		candidates.addAll(duplicate.getAliases().stream().sorted().toList());
		for (String alias : candidates) {
			if (known.add(alias.toLowerCase(Locale.ROOT))) {
				gained.add(alias);
			}
		}
		return gained;
	}

	private static void refuseSelfMerge(Actor duplicate, Actor survivor) {
		if (duplicate.getId().equals(survivor.getId())) {
			throw new MergeRefusedException("An actor cannot be merged into itself; choose the other actor.");
		}
	}

	private Actor find(Long id) {
		return actors.findWithParentById(id).orElseThrow(() -> NotFoundException.byId("actor", id));
	}

	/** What merging the duplicate into the survivor moves. */
	public record MergePreview(Long duplicateId, String duplicateName, String duplicateSlug, long duplicateVersion,
			Long survivorId, String survivorName, String survivorSlug, long survivorVersion, long claimsMade,
			long claimsAbout, List<String> members, List<String> aliasesGained) {
	}

}
