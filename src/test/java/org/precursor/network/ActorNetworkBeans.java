package org.precursor.network;

import org.springframework.context.annotation.Import;

/**
 * The beans that build actor networks, for database tests outside this package: {@link ClaimGraphQueries} is
 * package-private, so {@link org.precursor.support.DatabaseTest} imports it through this class. Deliberately not a
 * component or configuration, so that no component scan picks it up.
 */
@Import({ ActorNetworks.class, ClaimGraphQueries.class })
public final class ActorNetworkBeans {

	private ActorNetworkBeans() {
	}

}
