package org.precursor.supplychain;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorPageSection;

/** The actor page's "place in the supply chain": the links in which the actor is a node, with their evidence. */
@Component
class ActorSupplyChainSection implements ActorPageSection {

	private final SupplyChainLinks links;

	ActorSupplyChainSection(SupplyChainLinks links) {
		this.links = links;
	}

	@Override
	public Map<String, Object> forActor(Actor actor, boolean hasMembers) {
		return Map.of("supplyChainLinks", links.forActor(actor));
	}

}
