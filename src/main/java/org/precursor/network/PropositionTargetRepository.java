package org.precursor.network;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import org.precursor.actor.Actor;
import org.precursor.proposition.Proposition;

public interface PropositionTargetRepository extends JpaRepository<PropositionTarget, Long> {

	List<PropositionTarget> findByActor(Actor actor);

	List<PropositionTarget> findByProposition(Proposition proposition);

	boolean existsByPropositionAndActor(Proposition proposition, Actor actor);

}
