package org.precursor.home;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
import org.precursor.actor.ActorRepository;
import org.precursor.article.ArticleRepository;
import org.precursor.article.OutletRepository;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimRepository;
import org.precursor.claim.ClaimSearch;
import org.precursor.proposition.PropositionTally;
import org.precursor.proposition.PropositionRepository;
import org.precursor.claim.StanceMatrix;

/** Assembles the home page in one read-only transaction. */
@Component
class HomePages {

	static final int CONTESTED_SHOWN = 4;

	static final int LATEST_SHOWN = 5;

	private final OutletRepository outlets;

	private final ArticleRepository articles;

	private final ActorRepository actors;

	private final ClaimRepository claims;

	private final PropositionRepository propositions;

	private final ClaimSearch search;

	HomePages(OutletRepository outlets, ArticleRepository articles, ActorRepository actors, ClaimRepository claims,
			PropositionRepository propositions, ClaimSearch search) {
		this.outlets = outlets;
		this.articles = articles;
		this.actors = actors;
		this.claims = claims;
		this.propositions = propositions;
		this.search = search;
	}

	@Transactional(readOnly = true)
	HomePage load() {
		DatasetCounts counts = new DatasetCounts(outlets.count(), articles.count(), actors.count(), claims.count(),
				propositions.count());
		List<PropositionTally> contested = search.matching(ClaimFilter.none()).propositionTallies().stream()
			.sorted(Comparator.comparingLong(PropositionTally::contest)
				.thenComparingLong(PropositionTally::total)
				.reversed())
			.limit(CONTESTED_SHOWN)
			.toList();
		List<Actor> key = actors.findBySlugIn(StanceMatrix.DEFAULT_ACTORS);
		List<ActorRef> keyActors = StanceMatrix.DEFAULT_ACTORS.stream()
			.flatMap(slug -> key.stream().filter(actor -> actor.getSlug().equals(slug)))
			.map(actor -> new ActorRef(actor.getSlug(), actor.getName()))
			.toList();
		return new HomePage(counts, contested, search.matching(ClaimFilter.none()).page(1, LATEST_SHOWN), keyActors);
	}

}
