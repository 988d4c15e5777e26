package org.precursor.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import org.precursor.article.ArticleForm;
import org.precursor.article.ArticleRepository;
import org.precursor.article.EditingArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date lists sort and filter claims by is kept on each claim: its own date, or its article's. Redating an article
 * redates the claims that have no date of their own and leaves the others alone.
 */
@SpringBootTest
@DirtiesContext
class ClaimDatesFollowTheirArticleTests {

	@Autowired
	private EditingArticle editing;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everySeedClaimCarriesItsOwnDateOrItsArticles() {
		List<Map<String, Object>> wrong = jdbc.queryForList("""
				select c.id from claim c join article a on a.id = c.article_id
				where c.effective_on is distinct from coalesce(c.made_on, a.published_on)""");

		assertThat(jdbc.queryForObject("select count(*) from claim", Long.class)).isPositive();
		assertThat(wrong).isEmpty();
	}

	@Test
	void redatingAnArticleRedatesItsClaimsThatHaveNoDateOfTheirOwn() {
		Long articleId = jdbc.queryForObject("""
				select min(c.article_id) from claim c where c.made_on is null
				and exists (select 1 from claim d where d.article_id = c.article_id)""", Long.class);
		Long dated = jdbc.queryForObject("select max(id) from claim where article_id = ?", Long.class, articleId);
		jdbc.update("update claim set made_on = date '2001-02-03', effective_on = date '2001-02-03' where id = ?", dated);
		ArticleForm form = ArticleForm.of(articles.findWithOutletsById(articleId).orElseThrow());
		form.setPublishedOn(LocalDate.of(2019, 7, 14));

		editing.update(articleId, form);

		assertThat(jdbc.queryForList("select distinct effective_on from claim where article_id = ? and made_on is null",
				LocalDate.class, articleId)).containsExactly(LocalDate.of(2019, 7, 14));
		assertThat(jdbc.queryForObject("select effective_on from claim where id = ?", LocalDate.class, dated))
			.isEqualTo(LocalDate.of(2001, 2, 3));
	}

}
