package org.precursor.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.article.Outlet;
import org.precursor.article.OutletKind;
import org.precursor.article.OutletRepository;
import org.precursor.article.PublicationDate;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimSearch;
import org.precursor.claim.MatchingClaims;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.proposition.Stance;
import org.precursor.web.BadRequestException;
import org.precursor.web.NotFoundException;

/**
 * Assembles the API's documents, each in one read-only transaction and a fixed number of statements: lists a page
 * at a time, claims through {@link ClaimSearch} exactly as the claims list finds and counts them.
 */
@Component
@Transactional(readOnly = true)
public class ApiDocuments {

	private final EntityManager entities;

	private final ClaimSearch claims;

	private final ActorRepository actors;

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	private final PropositionRepository propositions;

	ApiDocuments(EntityManager entities, ClaimSearch claims, ActorRepository actors, ArticleRepository articles,
			OutletRepository outlets, PropositionRepository propositions) {
		this.entities = entities;
		this.claims = claims;
		this.actors = actors;
		this.articles = articles;
		this.outlets = outlets;
		this.propositions = propositions;
	}

	public ApiJson.Page<ApiJson.ActorSummary> actors(ApiPaging requested) {
		long total = actors.count();
		ApiPaging paging = requested.within(total);
		List<Object[]> rows = entities.createQuery("""
				select a.slug, a.name, a.type, a.country, p.slug, p.name from Actor a left join a.parent p
				order by a.nameKey, a.id""", Object[].class)
			.setFirstResult(paging.offset())
			.setMaxResults(paging.size())
			.getResultList();
		List<ApiJson.ActorSummary> items = rows.stream()
			.map(row -> new ApiJson.ActorSummary((String) row[0], (String) row[1], ApiRefs.type((ActorType) row[2]),
					(String) row[3], row[4] == null ? null : ApiRefs.actor((String) row[4], (String) row[5]),
					"/actors/" + row[0], "/api/actors/" + row[0]))
			.toList();
		return paging.wrap(items, total, page -> "/api/actors");
	}

	public ApiJson.Actor actor(String slug) {
		Actor actor = actors.findBySlug(slug).orElseThrow(() -> NotFoundException.of("actor", slug));
		Actor parent = actor.getParent();
		return new ApiJson.Actor(actor.getSlug(), actor.getName(), ApiRefs.type(actor.getType()), actor.getCountry(),
				parent == null ? null : ApiRefs.actor(parent.getSlug(), parent.getName()), actor.getRole(),
				actor.getAliases().stream().sorted().toList(), actor.getDescription(), "/actors/" + actor.getSlug(),
				ClaimFilter.byClaimant(actor.getSlug(), false).urlOn("/api/claims"),
				"/feeds/actors/" + actor.getSlug() + ".atom");
	}

	public ApiJson.Page<ApiJson.Outlet> outlets(ApiPaging requested) {
		long total = outlets.count();
		ApiPaging paging = requested.within(total);
		List<ApiJson.Outlet> items = entities.createQuery("select o from Outlet o order by o.nameKey, o.id",
				Outlet.class)
			.setFirstResult(paging.offset())
			.setMaxResults(paging.size())
			.getResultStream()
			.map(ApiDocuments::outlet)
			.toList();
		return paging.wrap(items, total, page -> "/api/outlets");
	}

	public ApiJson.Outlet outlet(String slug) {
		return outlet(outlets.findBySlug(slug).orElseThrow(() -> NotFoundException.of("outlet", slug)));
	}

	private static ApiJson.Outlet outlet(Outlet outlet) {
		OutletKind kind = outlet.getKind();
		return new ApiJson.Outlet(outlet.getSlug(), outlet.getName(), new ApiJson.Term(kind.name(), kind.label()),
				outlet.getCountry(), outlet.getHomepage(), outlet.getDescription(), "/outlets/" + outlet.getSlug(),
				ClaimFilter.byOutlet(outlet.getSlug()).urlOn("/api/claims"),
				"/feeds/outlets/" + outlet.getSlug() + ".atom");
	}

	public ApiJson.Page<ApiJson.Proposition> propositions(ApiPaging requested) {
		long total = propositions.count();
		ApiPaging paging = requested.within(total);
		List<Proposition> page = entities.createQuery("select p from Proposition p order by p.textKey, p.id",
				Proposition.class)
			.setFirstResult(paging.offset())
			.setMaxResults(paging.size())
			.getResultList();
		Map<String, long[]> sides = sides(page.stream().map(Proposition::getId).toList());
		List<ApiJson.Proposition> items = page.stream()
			.map(proposition -> proposition(proposition, sides.getOrDefault(proposition.getSlug(), new long[2])))
			.toList();
		return paging.wrap(items, total, number -> "/api/propositions");
	}

	public ApiJson.Proposition proposition(String slug) {
		Proposition proposition = propositions.findBySlug(slug)
			.orElseThrow(() -> NotFoundException.of("proposition", slug));
		return proposition(proposition, sides(List.of(proposition.getId())).getOrDefault(slug, new long[2]));
	}

	/** Claims supporting and disputing each of these propositions, from the stances' own table. */
	private Map<String, long[]> sides(List<Long> ids) {
		Map<String, long[]> sides = new HashMap<>();
		if (ids.isEmpty()) {
			return sides;
		}
		entities.createQuery("""
				select p.slug, s.stance, count(s) from Claim c join c.stances s join s.proposition p
				where p.id in :ids group by p.slug, s.stance""", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(row -> sides.computeIfAbsent((String) row[0], slug -> new long[2])[row[1] == Stance.SUPPORTS ? 0
					: 1] = ((Number) row[2]).longValue());
		return sides;
	}

	private static ApiJson.Proposition proposition(Proposition proposition, long[] sides) {
		return new ApiJson.Proposition(proposition.getSlug(), proposition.getText(), proposition.getDescription(),
				"/propositions/" + proposition.getSlug(), sides[0], sides[1],
				ClaimFilter.onProposition(proposition.getSlug()).urlOn("/api/claims"),
				"/feeds/propositions/" + proposition.getSlug() + ".atom");
	}

	public ApiJson.Page<ApiJson.ArticleSummary> articles(ApiPaging requested) {
		ApiPaging paging = requested.within(articles.count());
		Page<Article> page = articles.findNewestFirst(PageRequest.of(paging.page() - 1, paging.size()));
		List<ApiJson.ArticleSummary> items = page.getContent().stream()
			.map(article -> new ApiJson.ArticleSummary(String.valueOf(article.getId()), article.getTitle(),
					article.getUrl(), ApiRefs.outlet(article.getOutlet()), ApiRefs.outlet(article.getOriginalOutlet()),
					published(article), article.getLanguage(), article.getAuthors(), article.isOffTopic(),
					"/articles/" + article.getId(), "/api/articles/" + article.getId()))
			.toList();
		return paging.wrap(items, page.getTotalElements(), number -> "/api/articles");
	}

	public ApiJson.Article article(Long id) {
		Article article = articles.findWithOutletsById(id).orElseThrow(() -> NotFoundException.byId("article", id));
		return new ApiJson.Article(String.valueOf(article.getId()), article.getTitle(), article.getUrl(),
				ApiRefs.outlet(article.getOutlet()), ApiRefs.outlet(article.getOriginalOutlet()), published(article),
				article.getLanguage(), article.getAuthors(), article.isOffTopic(), article.getSummary(),
				"/articles/" + article.getId(), claims(claims.inArticle(id)));
	}

	private static ApiJson.DateValue published(Article article) {
		return ApiRefs.date(PublicationDate.of(article.getPublishedOn(), article.getDatePrecision(),
				article.getDateNote()));
	}

	/**
	 * One page of the claims a filter of the claims list matches, counted as the list counts them. A filter value the
	 * list would leave out with a note is refused here, so that a script never takes a wider answer for the one it
	 * asked.
	 */
	public ApiJson.Page<ApiJson.Claim> claims(ClaimFilter filter, ApiPaging requested) {
		if (!filter.ignored().isEmpty()) {
			throw new BadRequestException(null, null, String.join(" ", filter.ignored()));
		}
		refuseUnknownSlugs(filter);
		MatchingClaims matching = claims.matching(filter);
		long total = matching.count();
		ApiPaging paging = new ApiPaging(filter.page(), requested.size()).within(total);
		return paging.wrap(claims(matching.page(paging.page(), paging.size())), total,
				number -> filter.atPage(number).urlOn("/api/claims"));
	}

	public ApiJson.Claim claim(Long id) {
		return claims(claims.byId(id)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("There is no claim number " + id + "."));
	}

	/** Claims as the API shows them, with whom each is about read for all of them in one statement. */
	List<ApiJson.Claim> claims(List<ClaimCard> cards) {
		Map<Long, List<ApiJson.Ref>> about = new HashMap<>();
		if (!cards.isEmpty()) {
			entities.createQuery("select c.id, ab.slug, ab.name from Claim c join c.about ab where c.id in :ids"
					+ " order by ab.name", Object[].class)
				.setParameter("ids", cards.stream().map(ClaimCard::id).toList())
				.getResultList()
				.forEach(row -> about.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
					.add(ApiRefs.actor((String) row[1], (String) row[2])));
		}
		return cards.stream().map(card -> ApiRefs.claim(card, about.getOrDefault(card.id(), List.of()))).toList();
	}

	private void refuseUnknownSlugs(ClaimFilter filter) {
		List<String> unknown = new ArrayList<>();
		if (filter.claimant() != null && !actors.existsBySlug(filter.claimant())) {
			unknown.add("claimant");
		}
		if (filter.about() != null && !actors.existsBySlug(filter.about())) {
			unknown.add("about");
		}
		if (filter.proposition() != null && !propositions.existsBySlug(filter.proposition())) {
			unknown.add("proposition");
		}
		if (!filter.outlets().isEmpty() && outlets.findBySlugIn(filter.outlets()).size() < filter.outlets().size()) {
			unknown.add("outlet");
		}
		if (!unknown.isEmpty()) {
			throw new NotFoundException("Nothing on this site has the address given in “" + String.join("”, “", unknown)
					+ "”: use the slug of an actor, outlet or proposition as its page shows it.");
		}
	}

}
