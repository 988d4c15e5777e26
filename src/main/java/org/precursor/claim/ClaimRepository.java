package org.precursor.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRef;
import org.precursor.article.Article;
import org.precursor.proposition.Proposition;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

	/** The claims a seed dataset added, which its next load or version finds by key. */
	List<Claim> findBySeedKeyNotNull();

	/** An id no claim has: identity columns start at 1. */
	long NO_CLAIM = 0;

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

	@Query("""
			select new org.precursor.claim.ClaimCount(c.article.id, count(c)) from Claim c
			where c.article.id in :articleIds group by c.article.id""")
	List<ClaimCount> countPerArticle(Collection<Long> articleIds);

	/**
	 * The newest on-topic claims taking a side on any of these propositions, newest first, found by walking the
	 * claims newest first: quick when many claims take a side on them. The propositions and the off-topic articles
	 * are looked up once, not for each claim.
	 */
	@Query("""
			select c.id from Claim c where\s""" + ClaimQuery.ON_TOPIC + """
			and exists (select 1 from Claim x join x.stances xs where x = c and xs.proposition.id in
			    (select p.id from Proposition p where p.slug in :propositionSlugs))
			order by c.effectiveOn desc nulls last, c.article.id, c.position, c.id""")
	List<Long> findNewestTakingSideOn(Collection<String> propositionSlugs, Pageable page);

	/** The same, found from the index of the stances and then sorted: quick when few claims take a side on them. */
	@Query("""
			select c.id from Claim c where\s""" + ClaimQuery.ON_TOPIC + """
			and c.id in (select x.id from Claim x join x.stances xs where xs.proposition.id in
			    (select p.id from Proposition p where p.slug in :propositionSlugs))
			order by c.effectiveOn desc nulls last, c.article.id, c.position, c.id""")
	List<Long> findNewestTakingSideOnFew(Collection<String> propositionSlugs, Pageable page);

	/** How many stances claims take on these propositions, from the index of the stances. */
	@Query(value = """
			select count(*) from claim_stance s join proposition p on p.id = s.proposition_id
			where p.slug in (:propositionSlugs)""", nativeQuery = true)
	long countStancesOn(Collection<String> propositionSlugs);

	/**
	 * The newest on-topic claims taking a side on these propositions, by whichever way is quick for their number:
	 * counted first, unless the whole dataset is small.
	 */
	default List<Long> findNewestTakingSideOn(Collection<String> propositionSlugs, int limit, int fewAtMost,
			boolean fewInAll) {
		return fewInAll || countStancesOn(propositionSlugs) <= fewAtMost
				? findNewestTakingSideOnFew(propositionSlugs, PageRequest.of(0, limit))
				: findNewestTakingSideOn(propositionSlugs, PageRequest.of(0, limit));
	}

	/** The sides everyone who made these claims takes, alone or jointly: who agrees, who disputes. */
	@Query("""
			select new org.precursor.claim.ClaimantStance(v.id, v.slug, v.name, p.slug, s.stance, count(c))
			from Claim c join c.voices v join c.stances s join s.proposition p
			where c.id in :claimIds
			group by v.id, v.slug, v.name, p.slug, s.stance""")
	List<ClaimantStance> findStancesAmong(Collection<Long> claimIds);

	/**
	 * The sides everyone but the excluded actors takes in these claims on these propositions, alone or jointly. It
	 * asks the database even for no claims, so that a page costs the same statements whatever it finds.
	 */
	default List<ClaimantStance> findStancesAmongExcept(List<Long> among, Collection<String> propositionSlugs,
			Collection<Long> excludedClaimantIds) {
		Set<Long> excluded = Set.copyOf(excludedClaimantIds);
		Set<String> propositions = Set.copyOf(propositionSlugs);
		List<ClaimantStance> stances = new ArrayList<>(findStancesAmong(among.isEmpty() ? List.of(NO_CLAIM) : among));
		stances.removeIf(stance -> excluded.contains(stance.claimantId())
				|| !propositions.contains(stance.propositionSlug()));
		return stances;
	}

	@Query("select new org.precursor.actor.ActorRef(ab.slug, ab.name) from Claim c join c.about ab where c.id = :id order by ab.name")
	List<ActorRef> findSubjectsOf(Long id);

	Optional<Claim> findBySeedKey(String seedKey);

}
