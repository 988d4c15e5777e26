package org.precursor.supplychain;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorMerging;
import org.precursor.actor.ActorRemoving;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimsRemoving;
import org.precursor.web.RecordInUseException;

/**
 * Keeps supply-chain links sound when the records they rest on change: a merged actor's links move to the
 * survivor, a removed claim leaves the links it was cited for, and a change that would leave a link with no end
 * or no asserting claim is refused with what to do first.
 */
@Component
class LinksFollowTheirRecords {

	private final SupplyChainLinkRepository links;

	LinksFollowTheirRecords(SupplyChainLinkRepository links) {
		this.links = links;
	}

	@EventListener
	void actorMerging(ActorMerging merging) {
		Actor duplicate = merging.duplicate();
		Actor survivor = merging.survivor();
		for (SupplyChainLink link : links.findTouching(duplicate)) {
			Actor origin = same(link.getOrigin(), duplicate) ? survivor : link.getOrigin();
			Actor destination = same(link.getDestination(), duplicate) ? survivor : link.getDestination();
			if (same(origin, destination)) {
				throw new RecordInUseException("The supply-chain link from " + link.getOrigin().getName() + " to "
						+ link.getDestination().getName() + " would start and end at " + survivor.getName()
						+ ". Edit or delete that link first (open " + adminPage(link) + " and choose “Delete link…”), then merge.");
			}
			link.reroute(origin, destination, link.getMoves(), link.getStage());
		}
	}

	@EventListener
	void actorRemoving(ActorRemoving removing) {
		List<SupplyChainLink> touching = links.findTouching(removing.actor());
		if (!touching.isEmpty()) {
			throw new RecordInUseException(removing.actor().getName() + " is an end of " + touching.size()
					+ " supply-chain link(s), such as " + describe(touching.get(0))
					+ ". Edit or delete those links first (for that one, open " + adminPage(touching.get(0))
					+ " and choose “Delete link…”), or merge the actor into another.");
		}
	}

	@EventListener
	void claimsRemoving(ClaimsRemoving removing) {
		Set<Long> removed = removing.claims().stream().map(Claim::getId).collect(Collectors.toSet());
		Predicate<Claim> kept = claim -> !removed.contains(claim.getId());
		for (SupplyChainLink link : links.findCitingAny(removed)) {
			List<Claim> asserting = link.claims(EvidenceRole.ASSERTS).stream().filter(kept).toList();
			if (asserting.isEmpty()) {
				throw new RecordInUseException("The supply-chain link " + describe(link)
						+ " rests only on the claims being removed. Cite another claim for it, or delete the link (open "
						+ adminPage(link) + " and choose “Delete link…”), first.");
			}
			link.citeEvidence(asserting, link.claims(EvidenceRole.DISPUTES).stream().filter(kept).toList());
		}
	}

	private static String describe(SupplyChainLink link) {
		return EditingLinks.describe(link);
	}

	/** The link's admin page, where an editor edits or deletes it. */
	private static String adminPage(SupplyChainLink link) {
		return "/admin/supply-chain/" + link.getId() + "/edit";
	}

	private static boolean same(Actor one, Actor other) {
		return one.getId().equals(other.getId());
	}

}
