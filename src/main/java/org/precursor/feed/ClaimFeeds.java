package org.precursor.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.ActorRepository;
import org.precursor.article.OutletRepository;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimSearch;
import org.precursor.proposition.PropositionRepository;
import org.precursor.web.NotFoundException;
import org.precursor.web.SiteAddress;

/**
 * The feeds: the {@value AtomFeed#ENTRIES} claims most recently added, of everyone or of one actor (as claimant),
 * proposition or outlet, found through the claims list's own search, so a feed holds what the list would show.
 */
@Component
@Transactional(readOnly = true)
class ClaimFeeds {

	private final ClaimSearch search;

	private final ActorRepository actors;

	private final PropositionRepository propositions;

	private final OutletRepository outlets;

	private final EntityManager entities;

	private final SiteAddress site;

	ClaimFeeds(ClaimSearch search, ActorRepository actors, PropositionRepository propositions,
			OutletRepository outlets, EntityManager entities, @Value(SiteAddress.PROPERTY) String baseUrl) {
		this.search = search;
		this.actors = actors;
		this.propositions = propositions;
		this.outlets = outlets;
		this.entities = entities;
		this.site = SiteAddress.at(baseUrl);
	}

	String everything() {
		return feed("/feed.atom", "Precursor: the newest claims", ClaimFilter.none());
	}

	String ofActor(String slug) {
		String name = actors.findBySlug(slug).orElseThrow(() -> NotFoundException.of("actor", slug)).getName();
		return feed("/feeds/actors/" + slug + ".atom", "Precursor: claims by " + name,
				ClaimFilter.byClaimant(slug, false), "/actors/" + slug);
	}

	String onProposition(String slug) {
		String text = propositions.findBySlug(slug).orElseThrow(() -> NotFoundException.of("proposition", slug))
			.getText();
		return feed("/feeds/propositions/" + slug + ".atom", "Precursor: claims on “" + text + "”",
				ClaimFilter.onProposition(slug), "/propositions/" + slug);
	}

	String ofOutlet(String slug) {
		String name = outlets.findBySlug(slug).orElseThrow(() -> NotFoundException.of("outlet", slug)).getName();
		return feed("/feeds/outlets/" + slug + ".atom", "Precursor: claims reported by " + name,
				ClaimFilter.byOutlet(slug), "/outlets/" + slug);
	}

	private String feed(String path, String title, ClaimFilter filter) {
		return feed(path, title, filter, "/claims?sort=added");
	}

	private String feed(String path, String title, ClaimFilter filter, String page) {
		List<ClaimCard> claims = search.matching(filter.sortedBy(ClaimFilter.Sort.ADDED)).page(1, AtomFeed.ENTRIES);
		return new AtomFeed(site.base(), path, title, page, claims, savedAt(claims)).render();
	}

	/** When each claim was last saved, from its history: one statement over the claims' own revisions. */
	private Map<Long, Instant> savedAt(List<ClaimCard> claims) {
		Map<Long, Instant> saved = new HashMap<>();
		if (claims.isEmpty()) {
			return saved;
		}
		List<?> rows = entities.createNativeQuery("""
				select ca.id, max(r.revised_at) from claim_aud ca join revision_info r on r.id = ca.rev
				where ca.id in (:ids) group by ca.id""")
			.setParameter("ids", claims.stream().map(ClaimCard::id).toList())
			.getResultList();
		rows.stream().map(Object[].class::cast).filter(row -> row[1] != null)
			.forEach(row -> saved.put(((Number) row[0]).longValue(), instant(row[1])));
		return saved;
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Timestamp time) {
			return time.toInstant();
		}
		return OffsetDateTime.parse(value.toString()).toInstant();
	}

}
