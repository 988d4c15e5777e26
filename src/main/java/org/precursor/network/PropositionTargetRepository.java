package org.precursor.network;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.precursor.actor.Actor;
import org.precursor.proposition.Proposition;

public interface PropositionTargetRepository extends JpaRepository<PropositionTarget, Long> {

	/** Every target as (proposition id, actor id, what supporting means). */
	@Query("select t.proposition.id, t.actor.id, t.supportingMeans from PropositionTarget t")
	List<Object[]> findAllAsRows();

	List<PropositionTarget> findByActor(Actor actor);

	List<PropositionTarget> findByProposition(Proposition proposition);

	boolean existsByPropositionAndActor(Proposition proposition, Actor actor);

}
