package org.precursor.supplychain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.precursor.actor.Actor;

public interface SupplyChainLinkRepository extends JpaRepository<SupplyChainLink, Long> {

	/** Links in the order the chain runs: by stage, then by the names of their ends. */
	String CHAIN_ORDER = """
			order by case l.stage
			    when org.precursor.supplychain.Stage.SOURCING then 0
			    when org.precursor.supplychain.Stage.PRODUCTION then 1
			    when org.precursor.supplychain.Stage.TRAFFICKING then 2
			    when org.precursor.supplychain.Stage.DISTRIBUTION then 3
			    else 4 end, o.name, d.name, l.id""";

	String LINKS = """
			from SupplyChainLink l join l.origin o join l.destination d
			where (:moves is null or l.moves = :moves) and (:stage is null or l.stage = :stage)
			""";

	/** Links citing a claim by one of the claimants, reported by the outlet if one is given. */
	String CITED_BY_CLAIMANTS = """
			  and l.id in (select x.id from SupplyChainLink x join x.evidence e join e.claim c join c.article a
			      where c.claimant.id in :claimantIds
			        and (:outletId is null or a.outlet.id = :outletId or a.originalOutlet.id = :outletId))
			""";

	/**
	 * Links citing a claim that the outlet published or originally reported. The outlet's articles are found first,
	 * so the claims are read through their article index rather than all scanned for the two outlet columns.
	 */
	String CITED_FROM_OUTLET = """
			  and l.id in (select x.id from SupplyChainLink x join x.evidence e join e.claim c
			      where c.article.id in (select a.id from Article a
			          where a.outlet.id = :outletId or a.originalOutlet.id = :outletId))
			""";

	@Query(value = "select l.id " + LINKS + CHAIN_ORDER, countQuery = "select count(l) " + LINKS)
	Page<Long> findIdsInChainOrder(Commodity moves, Stage stage, Pageable page);

	@Query(value = "select l.id " + LINKS + CITED_BY_CLAIMANTS + CHAIN_ORDER,
			countQuery = "select count(l) " + LINKS + CITED_BY_CLAIMANTS)
	Page<Long> findIdsCitedByClaimants(Commodity moves, Stage stage, Collection<Long> claimantIds, Long outletId,
			Pageable page);

	@Query(value = "select l.id " + LINKS + CITED_FROM_OUTLET + CHAIN_ORDER,
			countQuery = "select count(l) " + LINKS + CITED_FROM_OUTLET)
	Page<Long> findIdsCitedFromOutlet(Commodity moves, Stage stage, Long outletId, Pageable page);

	/**
	 * Ids of the links matching a filter, a page at a time, in chain order. One query per kind of evidence filter,
	 * so that each can use the index on claimants or on outlets rather than scan all the evidence.
	 */
	default Page<Long> findIdsMatching(Commodity moves, Stage stage, EvidenceScope scope, Pageable page) {
		if (scope.claimantIds() != null) {
			return findIdsCitedByClaimants(moves, stage, scope.claimantIdsForQuery(), scope.outletId(), page);
		}
		if (scope.outletId() != null) {
			return findIdsCitedFromOutlet(moves, stage, scope.outletId(), page);
		}
		return findIdsInChainOrder(moves, stage, page);
	}

	@Query("""
			select distinct l from SupplyChainLink l join fetch l.origin join fetch l.destination
			left join fetch l.channels where l.id in :ids""")
	List<SupplyChainLink> findWithEndsAndChannelsByIdIn(Collection<Long> ids);

	/** Every claim cited for the given links, with its claimant, article and outlets, oldest first. */
	@Query("""
			select new org.precursor.supplychain.EvidenceClaim(l.id, e.role, c.id, c.seedKey, c.kind, c.text,
			    claimant.id, claimant.slug, claimant.name, a.id, a.title, a.url, o.id, o.slug, o.name,
			    original.id, original.slug, original.name, c.madeOn, a.publishedOn, a.datePrecision)
			from SupplyChainLink l join l.evidence e join e.claim c join c.claimant claimant
			    join c.article a join a.outlet o left join a.originalOutlet original
			where l.id in :linkIds
			order by coalesce(c.madeOn, a.publishedOn) nulls last, a.id, c.position, c.id""")
	List<EvidenceClaim> findEvidence(Collection<Long> linkIds);

	@Query("select l.id from SupplyChainLink l join l.origin o join l.destination d"
			+ " where o = :actor or d = :actor " + CHAIN_ORDER)
	Page<Long> findIdsTouching(Actor actor, Pageable page);

	/** Who is cited as evidence, and how often on each side. */
	@Query("""
			select new org.precursor.supplychain.EvidenceCount(c.claimant.id, e.role, count(e))
			from SupplyChainLink l join l.evidence e join e.claim c
			group by c.claimant.id, e.role""")
	List<EvidenceCount> countEvidenceByClaimantAndRole();

	Optional<SupplyChainLink> findBySeedKey(String seedKey);

	@Query("select l from SupplyChainLink l join fetch l.origin join fetch l.destination where l.id = :id")
	Optional<SupplyChainLink> findWithEndsById(Long id);

	@Query("select l from SupplyChainLink l join fetch l.origin join fetch l.destination where l.origin = :actor or l.destination = :actor")
	List<SupplyChainLink> findTouching(Actor actor);

	@Query("select distinct l from SupplyChainLink l join l.evidence e where e.claim.id in :claimIds")
	List<SupplyChainLink> findCitingAny(Collection<Long> claimIds);

}
