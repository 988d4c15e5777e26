package org.precursor.actor;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the materialized affiliation tree up to date before the application takes requests: after the migration
 * that adds it, after a bulk load that wrote actors directly, or after any change made outside the application.
 */
@Component
class LineageOnStartUp implements SmartInitializingSingleton {

	private final Affiliations affiliations;

	LineageOnStartUp(Affiliations affiliations) {
		this.affiliations = affiliations;
	}

	@Override
	public void afterSingletonsInstantiated() {
		affiliations.followChanges();
	}

}
