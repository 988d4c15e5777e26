package org.precursor.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
import org.precursor.article.Article;
import org.precursor.proposition.Proposition;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

	@Modifying(flushAutomatically = true)
	@Query("update Claim c set c.effectiveOn = coalesce(c.madeOn, :publishedOn) where c.article = :article")
	void redate(Article article, LocalDate publishedOn);

	@Query("select c from Claim c join fetch c.claimant where c.article = :article order by c.position, c.id")
	List<Claim> findByArticleInReadingOrder(Article article);

	long countByClaimant(Actor claimant);

	List<Claim> findByArticleAndClaimantAndTextIgnoreCase(Article article, Actor claimant, String text);

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

	@Query("""
			select new org.precursor.claim.ClaimCount(c.claimant.id, count(c)) from Claim c
			where c.claimant.id in :actorIds group by c.claimant.id""")
	List<ClaimCount> countMadeByEach(Collection<Long> actorIds);

	@Query("""
			select new org.precursor.claim.ClaimCount(ab.id, count(c)) from Claim c join c.about ab
			where ab.id in :actorIds group by ab.id""")
	List<ClaimCount> countAboutEach(Collection<Long> actorIds);

	@Query("select c.claimant.id from Claim c group by c.claimant.id order by count(c) desc, c.claimant.id")
	List<Long> findMostClaiming(Pageable page);

	@Query("select new org.precursor.claim.ClaimCount(c.article.id, count(c)) from Claim c group by c.article.id")
	List<ClaimCount> countPerArticle();

	/** The sides taken by claims these actors made, alone or jointly: the cells of the compare matrix. */
	default List<ClaimStanceBy> findStancesMadeBy(Collection<Long> actorIds) {
		List<ClaimStanceBy> stances = new ArrayList<>(findStancesClaimedBy(actorIds));
		stances.addAll(findStancesJointlyClaimedBy(actorIds));
		return stances;
	}

	@Query("""
			select new org.precursor.claim.ClaimStanceBy(c.id, cl.id, p.slug, s.stance)
			from Claim c join c.claimant cl join c.stances s join s.proposition p
			where cl.id in :actorIds and c.article.offTopic = false""")
	List<ClaimStanceBy> findStancesClaimedBy(Collection<Long> actorIds);

	@Query("""
			select new org.precursor.claim.ClaimStanceBy(c.id, j.id, p.slug, s.stance)
			from Claim c join c.jointClaimants j join c.stances s join s.proposition p
			where j.id in :actorIds and c.article.offTopic = false""")
	List<ClaimStanceBy> findStancesJointlyClaimedBy(Collection<Long> actorIds);

	/** The sides everyone but the excluded claimants takes on these propositions: who agrees, who disputes. */
	@Query("""
			select new org.precursor.claim.ClaimantStance(cl.id, cl.slug, cl.name, p.slug, s.stance, count(c))
			from Claim c join c.claimant cl join c.stances s join s.proposition p
			where p.slug in :propositionSlugs and cl.id not in :excludedClaimantIds and c.article.offTopic = false
			group by cl.id, cl.slug, cl.name, p.slug, s.stance""")
	List<ClaimantStance> findClaimantStancesOnExcept(Collection<String> propositionSlugs,
			Collection<Long> excludedClaimantIds);

	/** The same for the further claimants of joint statements. */
	@Query("""
			select new org.precursor.claim.ClaimantStance(j.id, j.slug, j.name, p.slug, s.stance, count(c))
			from Claim c join c.jointClaimants j join c.stances s join s.proposition p
			where p.slug in :propositionSlugs and j.id not in :excludedClaimantIds and c.article.offTopic = false
			group by j.id, j.slug, j.name, p.slug, s.stance""")
	List<ClaimantStance> findJointStancesOnExcept(Collection<String> propositionSlugs,
			Collection<Long> excludedClaimantIds);

	/** The sides everyone but the excluded actors takes on these propositions, alone or jointly. */
	default List<ClaimantStance> findStancesOnExcept(Collection<String> propositionSlugs,
			Collection<Long> excludedClaimantIds) {
		List<ClaimantStance> stances = new ArrayList<>(findClaimantStancesOnExcept(propositionSlugs, excludedClaimantIds));
		stances.addAll(findJointStancesOnExcept(propositionSlugs, excludedClaimantIds));
		return stances;
	}

	@Query("select new org.precursor.actor.ActorRef(ab.slug, ab.name) from Claim c join c.about ab where c.id = :id order by ab.name")
	List<ActorRef> findSubjectsOf(Long id);

	Optional<Claim> findBySeedKey(String seedKey);

}
