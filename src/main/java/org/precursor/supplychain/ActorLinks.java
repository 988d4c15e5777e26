package org.precursor.supplychain;

import java.util.List;

/**
 * An actor's place in the supply chain: the links in which it is a node, with their evidence. Holds at most
 * {@link SupplyChainLinks#ACTOR_LINK_LIMIT} links; {@code total} says how many there are in all.
 */
public record ActorLinks(ActorRef actor, List<LinkView> links, long total) {

	public boolean isEmpty() {
		return links.isEmpty();
	}

	public boolean isTruncated() {
		return total > links.size();
	}

}
