package org.precursor.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.LikePattern;
import org.precursor.web.NotFoundException;

/** Assembles the directory of actors and each actor's page, each in one read-only transaction. */
@Component
class ActorPages {

	private final ActorRepository actors;

	private final Affiliations affiliations;

	private final ActorClaimCounts claims;

	private final ObjectProvider<ActorPageSection> sections;

	ActorPages(ActorRepository actors, Affiliations affiliations, ActorClaimCounts claims,
			ObjectProvider<ActorPageSection> sections) {
		this.actors = actors;
		this.affiliations = affiliations;
		this.claims = claims;
		this.sections = sections;
	}

	@Transactional(readOnly = true)
	ActorDirectory directory(String query) {
		Map<Long, Long> made = claims.madePerActor();
		Map<Long, Long> about = claims.aboutPerActor();
		List<ActorListing> listings = actors.findListings().stream()
			.map(listing -> listing.withCounts(made.getOrDefault(listing.id(), 0L),
					about.getOrDefault(listing.id(), 0L)))
			.toList();
		if (query == null || query.isBlank()) {
			return ActorDirectory.of(listings, null);
		}
		List<String> matching = actors.findNamesAndAliasesLike(LikePattern.containing(query)).stream()
			.map(NameMatch::slug)
			.toList();
		return ActorDirectory.of(listings.stream().filter(listing -> matching.contains(listing.slug())).toList(),
				query.strip());
	}

	/** The actor's page and the model entries every section adds to it, in one read-only transaction. */
	@Transactional(readOnly = true)
	Map<String, Object> page(String slug) {
		Actor actor = actors.findBySlug(slug).orElseThrow(() -> NotFoundException.of("actor", slug));
		List<Affiliation> chain = affiliations.chainAbove(actor).stream().map(Affiliation::of).toList();
		List<Affiliation> members = actors.findByParentOrderByNameAsc(actor).stream().map(Affiliation::of).toList();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("page", new ActorPage(ActorProfile.of(actor), chain, members));
		sections.orderedStream().forEach(section -> model.putAll(section.forActor(actor, !members.isEmpty())));
		return model;
	}

}
