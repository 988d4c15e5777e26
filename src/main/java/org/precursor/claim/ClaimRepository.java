package org.precursor.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.precursor.actor.Actor;
import org.precursor.article.Article;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

	@Query("select c from Claim c join fetch c.claimant where c.article = :article order by c.position, c.id")
	List<Claim> findByArticleInReadingOrder(Article article);

	long countByClaimant(Actor claimant);

	long countByArticle(Article article);

	@Query("select count(distinct c) from Claim c join c.about a where a = :actor")
	long countAbout(Actor actor);

	@Query("select coalesce(max(c.position), 0) from Claim c where c.article = :article")
	int findLastPositionIn(Article article);

	Optional<Claim> findBySeedKey(String seedKey);

}
