package org.precursor.supplychain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/**
 * Adding, editing and deleting supply-chain links from the admin pages: resolves the actors and cited claims,
 * reports every problem beside its field, and changes the link only when there is none.
 */
@Component
class EditingLinks {

	private final SupplyChainLinkRepository links;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	EditingLinks(SupplyChainLinkRepository links, ActorRepository actors, ClaimRepository claims) {
		this.links = links;
		this.actors = actors;
		this.claims = claims;
	}

	@Transactional(readOnly = true)
	LinkForm formFor(long id) {
		return LinkForm.of(find(id));
	}

	/** Adds the link the form describes; returns it, or empty when the form has errors (now in {@code errors}). */
	@Transactional
	Optional<SupplyChainLink> add(LinkForm form, BindingResult errors) {
		Resolved resolved = resolve(form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		SupplyChainLink link = new SupplyChainLink(resolved.from(), resolved.to(), form.getMoves(), form.getStage());
		apply(link, form, resolved);
		return Optional.of(links.save(link));
	}

	@Transactional
	Optional<SupplyChainLink> update(long id, LinkForm form, BindingResult errors) {
		SupplyChainLink link = find(id);
		StaleEditException.check(form.getVersion(), link.getVersion());
		Resolved resolved = resolve(form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		link.reroute(resolved.from(), resolved.to(), form.getMoves(), form.getStage());
		apply(link, form, resolved);
		return Optional.of(link);
	}

	/** What deleting the link takes away, for the page that asks to confirm it. */
	@Transactional(readOnly = true)
	LinkDeletion preview(long id) {
		SupplyChainLink link = find(id);
		return new LinkDeletion(id, describe(link), link.getVersion(), link.claims(EvidenceRole.ASSERTS).size(),
				link.claims(EvidenceRole.DISPUTES).size());
	}

	/**
	 * Deletes the link and its citations of claims (the claims stay), unless it changed since the confirmation page
	 * was opened; its history keeps every version, the last one included.
	 */
	@Transactional
	void delete(long id, Long version) {
		SupplyChainLink link = find(id);
		StaleEditException.check(version, link.getVersion());
		links.delete(link);
		links.flush();
	}

	/** How pages and messages name a link: "China → Mexico (Precursor chemicals)". */
	static String describe(SupplyChainLink link) {
		return link.getOrigin().getName() + " → " + link.getDestination().getName() + " (" + link.getMoves().label()
				+ ")";
	}

	private void apply(SupplyChainLink link, LinkForm form, Resolved resolved) {
		link.describe(form.getChannels(), form.getPeriod(), form.getDescription());
		link.citeEvidence(resolved.asserting(), resolved.disputing());
	}

	private Resolved resolve(LinkForm form, BindingResult errors) {
		Actor from = actor("from", form.getFrom(), errors);
		Actor to = actor("to", form.getTo(), errors);
		if (from != null && from == to) {
			errors.rejectValue("to", "sameEnds", "A link must end somewhere other than where it starts.");
		}
		List<Claim> asserting = claims("assertingClaims", form.getAssertingClaims(), errors);
		List<Claim> disputing = claims("disputingClaims", form.getDisputingClaims(), errors);
		Set<Claim> both = new HashSet<>(asserting);
		both.retainAll(disputing);
		if (!both.isEmpty()) {
			errors.rejectValue("disputingClaims", "bothSides",
					"A claim cannot both assert and dispute the link: " + String.join(", ",
							both.stream().map(EditingLinks::reference).toList()) + ".");
		}
		return new Resolved(from, to, asserting, disputing);
	}

	private Actor actor(String field, String slug, BindingResult errors) {
		if (slug == null || slug.isBlank()) {
			return null;
		}
		Optional<Actor> actor = actors.findBySlug(slug.strip());
		if (actor.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "unknown", "There is no actor or place called “" + slug + "”.");
		}
		return actor.orElse(null);
	}

	private List<Claim> claims(String field, String references, BindingResult errors) {
		List<Claim> found = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String reference : LinkForm.split(references)) {
			claim(reference).ifPresentOrElse(claim -> {
				if (!found.contains(claim)) {
					found.add(claim);
				}
			}, () -> unknown.add(reference));
		}
		if (!unknown.isEmpty()) {
			errors.rejectValue(field, "unknown", "No claim has the key or number " + String.join(", ", unknown)
					+ ". Use a key such as rt-007 or the number in a claim’s address.");
		}
		return found;
	}

	private Optional<Claim> claim(String reference) {
		if (reference.matches("\\d{1,18}")) {
			return claims.findById(Long.valueOf(reference));
		}
		return claims.findBySeedKey(reference);
	}

	private SupplyChainLink find(long id) {
		return links.findWithEndsById(id)
			.orElseThrow(() -> new NotFoundException("There is no supply-chain link number " + id + "."));
	}

	private static String reference(Claim claim) {
		return Objects.requireNonNullElse(claim.getSeedKey(), String.valueOf(claim.getId()));
	}

	/** The link a confirmation page offers to delete, with how many claims it cites on each side. */
	record LinkDeletion(long id, String description, long version, int asserting, int disputing) {
	}

	private record Resolved(Actor from, Actor to, List<Claim> asserting, List<Claim> disputing) {
	}

}
