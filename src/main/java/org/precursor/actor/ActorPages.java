package org.precursor.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.LikePattern;
import org.precursor.web.NotFoundException;

/** Assembles the directory of actors and each actor's page, each in one read-only transaction. */
@Component
class ActorPages {

	private final ActorRepository actors;

	private final Affiliations affiliations;

	/**
	 * Actors listed in the directory at most: every actor while there are no more, then those that made most
	 * claims, and at most as many matches of a search.
	 */
	static final int DIRECTORY_SHOWN = 300;

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
		long everyone = actors.count();
		Pageable shown = PageRequest.of(0, DIRECTORY_SHOWN);
		if (query != null && !query.isBlank()) {
			List<Long> matching = actors.findIdsByNameOrAliasLike(LikePattern.containing(query), shown);
			return ActorDirectory.of(listings(matching), query.strip(), everyone);
		}
		List<Long> ids = everyone <= DIRECTORY_SHOWN ? actors.findIdsByName(shown) : claims.mostClaiming(DIRECTORY_SHOWN);
		return ActorDirectory.of(listings(ids), null, everyone);
	}

	private List<ActorListing> listings(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> made = claims.madeByEach(ids);
		Map<Long, Long> about = claims.aboutEach(ids);
		return actors.findListings(ids).stream()
			.map(listing -> listing.withCounts(made.getOrDefault(listing.id(), 0L), about.getOrDefault(listing.id(), 0L)))
			.toList();
	}

	/** The actor's page and the model entries every section adds to it, in one read-only transaction. */
	@Transactional(readOnly = true)
	Map<String, Object> page(String slug) {
		Actor actor = actors.findBySlug(slug).orElseThrow(() -> NotFoundException.of("actor", slug));
		List<Affiliation> chain = affiliations.chainAbove(actor).stream().map(Affiliation::of).toList();
		List<Affiliation> members = actors.findByParentOrderByNameAsc(actor, PageRequest.of(0, ActorPage.MEMBERS_SHOWN))
			.stream()
			.map(Affiliation::of)
			.toList();
		long memberCount = members.size() < ActorPage.MEMBERS_SHOWN ? members.size() : actors.countByParent(actor);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("page", new ActorPage(ActorProfile.of(actor), chain, members, memberCount));
		sections.orderedStream().forEach(section -> model.putAll(section.forActor(actor, memberCount > 0)));
		return model;
	}

}
