package org.precursor.claim;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.precursor.actor.Actor;
import org.precursor.article.Article;
import org.precursor.proposition.Proposition;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

	@Query("select c from Claim c join fetch c.claimant where c.article = :article order by c.position, c.id")
	List<Claim> findByArticleInReadingOrder(Article article);

	long countByClaimant(Actor claimant);

	/** Claims an actor made or is a subject of: what moves when the actor is merged into another. */
	@Query("select distinct c from Claim c left join c.about a where c.claimant = :actor or a = :actor")
	List<Claim> findMadeByOrAbout(Actor actor);

	@Query("select distinct c from Claim c join c.stances s where s.proposition = :proposition")
	List<Claim> findTakingStanceOn(Proposition proposition);

	@Query("select distinct c from Claim c join c.about a where a = :actor")
	List<Claim> findAbout(Actor actor);

	long countByArticle(Article article);

	@Query("select count(distinct c) from Claim c join c.about a where a = :actor")
	long countAbout(Actor actor);

	@Query("select coalesce(max(c.position), 0) from Claim c where c.article = :article")
	int findLastPositionIn(Article article);

}
