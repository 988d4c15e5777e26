package org.precursor.claim;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.article.Outlet;
import org.precursor.article.OutletPageSection;

/** The outlet page's voices: the claimants it quotes and the sides its claims take. */
@Component
class OutletVoicesSection implements OutletPageSection {

	private final ClaimSearch search;

	OutletVoicesSection(ClaimSearch search) {
		this.search = search;
	}

	@Override
	public Map<String, Object> forOutlet(Outlet outlet) {
		MatchingClaims matching = search.matching(ClaimFilter.byOutlet(outlet.getSlug()));
		return Map.of("voices",
				new OutletVoices(outlet.getSlug(), matching.claimantCounts(), matching.propositionTallies()));
	}

}
