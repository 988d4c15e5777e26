package org.precursor.network;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorPageSection;

/**
 * The actor page's own small network: who sides with the actor and who stands against it, drawn from
 * {@code /network.json} centred on it, so that the page itself runs no query for it.
 */
@Component
class ActorNetworkSection implements ActorPageSection {

	/** Neighbours the actor page's network shows; the network page widens it. */
	static final int NEIGHBOURS = 8;

	/** Where the page's small network comes from and where the whole of it is. */
	public record OwnNetwork(String jsonPath, String pagePath) {
	}

	@Override
	public Map<String, Object> forActor(Actor actor, boolean hasMembers) {
		NetworkFilter filter = new NetworkFilter(null, null, null, actor.getSlug(), NEIGHBOURS);
		return Map.of("ownNetwork", new OwnNetwork(filter.on("/network.json"),
				new NetworkFilter(null, null, null, actor.getSlug(), null).on("/network")));
	}

}
