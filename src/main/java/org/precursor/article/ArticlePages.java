package org.precursor.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import org.precursor.web.NotFoundException;
import org.precursor.web.Pagination;

/** Assembles the article and outlet pages, each in one read-only transaction. */
@Component
class ArticlePages {

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	private final ArticleClaims claims;

	private final ObjectProvider<ArticlePageSection> articleSections;

	/** Articles listed on one page of the articles list, and on an outlet's page, newest first. */
	static final int PAGE_SIZE = 50;

	private final ObjectProvider<OutletPageSection> outletSections;

	ArticlePages(ArticleRepository articles, OutletRepository outlets, ArticleClaims claims,
			ObjectProvider<ArticlePageSection> articleSections, ObjectProvider<OutletPageSection> outletSections) {
		this.articles = articles;
		this.outlets = outlets;
		this.claims = claims;
		this.articleSections = articleSections;
		this.outletSections = outletSections;
	}

	/** One page of the articles, newest first, each with its number of claims. */
	@Transactional(readOnly = true)
	ArticleList articles(int page) {
		Page<Article> found = articles.findNewestFirst(PageRequest.of(Pagination.reachable(page, PAGE_SIZE) - 1, PAGE_SIZE));
		return new ArticleList(listings(found.getContent()), Pagination.of(page, PAGE_SIZE, found.getTotalElements(),
				number -> UriComponentsBuilder.fromPath("/articles").queryParam("page", number).toUriString()));
	}

	private List<ArticleListing> listings(List<Article> found) {
		Map<Long, Long> counts = claims.countPerArticle(found.stream().map(Article::getId).toList());
		return found.stream()
			.map(article -> ArticleListing.of(article, counts.getOrDefault(article.getId(), 0L)))
			.toList();
	}

	/** The article's page and the model entries every section adds to it. */
	@Transactional(readOnly = true)
	Map<String, Object> article(Long id) {
		Article article = articles.findWithOutletsById(id)
			.orElseThrow(() -> new NotFoundException("There is no article number " + id + "."));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("page", new ArticlePage(ArticleListing.of(article, claims.countIn(article)), article.getUrl(),
				article.getLanguage(), article.isOffTopic()));
		articleSections.orderedStream().forEach(section -> model.putAll(section.forArticle(article)));
		return model;
	}

	@Transactional(readOnly = true)
	List<OutletListing> outlets() {
		Map<Long, Long> articleCounts = articles.countPerOutlet().stream()
			.collect(Collectors.toMap(OutletArticleCount::outletId, OutletArticleCount::articles));
		Map<String, Long> claimCounts = claims.countPerOutlet();
		return outlets.findAllByOrderByNameAsc().stream()
			.map(outlet -> listing(outlet, articleCounts.getOrDefault(outlet.getId(), 0L),
					claimCounts.getOrDefault(outlet.getSlug(), 0L)))
			.toList();
	}

	/** The outlet's page and the model entries every section adds to it. */
	@Transactional(readOnly = true)
	Map<String, Object> outlet(String slug) {
		Outlet outlet = outlets.findBySlug(slug).orElseThrow(() -> NotFoundException.of("outlet", slug));
		Page<Article> newest = articles.findPublishedOrReportedBy(outlet, PageRequest.of(0, PAGE_SIZE));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("page", new OutletPage(listing(outlet, newest.getTotalElements(), claims.countFrom(outlet)),
				outlet.getHomepage(), listings(newest.getContent())));
		outletSections.orderedStream().forEach(section -> model.putAll(section.forOutlet(outlet)));
		return model;
	}

	private static OutletListing listing(Outlet outlet, long articleCount, long claimCount) {
		return new OutletListing(ArticleListing.ref(outlet), outlet.getKind(), outlet.getCountry(),
				outlet.getDescription(), articleCount, claimCount);
	}

}
