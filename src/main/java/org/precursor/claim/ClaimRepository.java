package org.precursor.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
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

	@Query("select new org.precursor.claim.ClaimCount(c.claimant.id, count(c)) from Claim c group by c.claimant.id")
	List<ClaimCount> countMadePerClaimant();

	@Query("select new org.precursor.claim.ClaimCount(ab.id, count(c)) from Claim c join c.about ab group by ab.id")
	List<ClaimCount> countAboutPerActor();

	@Query("select new org.precursor.claim.ClaimCount(c.article.id, count(c)) from Claim c group by c.article.id")
	List<ClaimCount> countPerArticle();

	/** The sides these claimants take, per proposition: the cells of the compare matrix. */
	@Query("""
			select new org.precursor.claim.ClaimantStance(cl.id, cl.slug, cl.name, p.slug, s.stance, count(c))
			from Claim c join c.claimant cl join c.stances s join s.proposition p
			where cl.id in :claimantIds
			group by cl.id, cl.slug, cl.name, p.slug, s.stance""")
	List<ClaimantStance> findStancesOf(Collection<Long> claimantIds);

	/** The sides everyone but the excluded claimants takes on these propositions: who agrees, who disputes. */
	@Query("""
			select new org.precursor.claim.ClaimantStance(cl.id, cl.slug, cl.name, p.slug, s.stance, count(c))
			from Claim c join c.claimant cl join c.stances s join s.proposition p
			where p.slug in :propositionSlugs and cl.id not in :excludedClaimantIds
			group by cl.id, cl.slug, cl.name, p.slug, s.stance""")
	List<ClaimantStance> findStancesOnExcept(Collection<String> propositionSlugs,
			Collection<Long> excludedClaimantIds);

	@Query("select new org.precursor.actor.ActorRef(ab.slug, ab.name) from Claim c join c.about ab where c.id = :id order by ab.name")
	List<ActorRef> findSubjectsOf(Long id);

	Optional<Claim> findBySeedKey(String seedKey);

}
