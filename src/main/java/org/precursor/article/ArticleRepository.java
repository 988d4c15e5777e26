package org.precursor.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findByUrl(String canonicalUrl);

	/** The articles a seed dataset added, which its next load or version finds by key. */
	List<Article> findBySeedKeyNotNull();

	@Query("select a from Article a join fetch a.outlet left join fetch a.originalOutlet where a.id = :id")
	Optional<Article> findWithOutletsById(Long id);

	@Query(value = """
			select a from Article a join fetch a.outlet o left join fetch a.originalOutlet
			where o = :outlet or a.originalOutlet = :outlet
			order by a.publishedOn desc nulls last, a.id""",
			countQuery = "select count(a) from Article a where a.outlet = :outlet or a.originalOutlet = :outlet")
	Page<Article> findPublishedOrReportedBy(Outlet outlet, Pageable page);

	@Query(value = "select a from Article a join fetch a.outlet left join fetch a.originalOutlet"
			+ " order by a.publishedOn desc nulls last, a.id", countQuery = "select count(a) from Article a")
	Page<Article> findNewestFirst(Pageable page);

	/** Every article, the most recently added first, with its claim count. */
	@Query("""
			select new org.precursor.article.ArticleRow(a.id, a.title, o.name, a.publishedOn, a.datePrecision,
			    (select count(c) from Claim c where c.article = a))
			from Article a join a.outlet o
			order by a.id desc""")
	List<ArticleRow> findRowsNewestFirst();

	long countByOutletOrOriginalOutlet(Outlet outlet, Outlet originalOutlet);

	/** Articles per outlet, counting a republished article for its publisher and its original outlet alike. */
	@Query("""
			select new org.precursor.article.OutletArticleCount(o.id, count(distinct a.id))
			from Article a join Outlet o on (o = a.outlet or o = a.originalOutlet)
			group by o.id""")
	List<OutletArticleCount> countPerOutlet();

	/** Articles whose title, summary or outlet matches a {@link org.precursor.web.LikePattern}, newest first. */
	@Query("""
			select a from Article a join fetch a.outlet o left join fetch a.originalOutlet oo
			where lower(a.title) like :pattern escape '!' or lower(a.summary) like :pattern escape '!'
			   or lower(o.name) like :pattern escape '!' or lower(oo.name) like :pattern escape '!'
			order by a.publishedOn desc nulls last, a.id""")
	List<Article> findMatching(String pattern, Pageable page);

}
