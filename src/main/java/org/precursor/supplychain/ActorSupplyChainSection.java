package org.precursor.supplychain;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.ActorPageSection;
import org.precursor.actor.ActorRepository;

/** The actor page's "place in the supply chain": the links in which the actor is a node, with their evidence. */
@Component
class ActorSupplyChainSection implements ActorPageSection {

	private final ActorRepository actors;

	private final SupplyChainLinks links;

	ActorSupplyChainSection(ActorRepository actors, SupplyChainLinks links) {
		this.actors = actors;
		this.links = links;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> forActor(String slug) {
		return actors.findBySlug(slug).<Map<String, Object>>map(actor -> Map.of("supplyChainLinks", links.forActor(actor)))
			.orElse(Map.of());
	}

}
