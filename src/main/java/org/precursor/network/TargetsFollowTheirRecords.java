package org.precursor.network;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.precursor.actor.ActorMerging;
import org.precursor.actor.ActorRemoving;
import org.precursor.proposition.PropositionRemoving;

/**
 * Keeps the network's proposition targets pointing at records that exist: a merged actor's targets pass to the
 * survivor (unless it already has one for that proposition), and deleted actors and propositions take theirs along.
 */
@Component
class TargetsFollowTheirRecords {

	private final PropositionTargetRepository targets;

	TargetsFollowTheirRecords(PropositionTargetRepository targets) {
		this.targets = targets;
	}

	@EventListener
	void actorMerging(ActorMerging merging) {
		for (PropositionTarget target : targets.findByActor(merging.duplicate())) {
			if (!targets.existsByPropositionAndActor(target.getProposition(), merging.survivor())) {
				targets.save(new PropositionTarget(target.getProposition(), merging.survivor(),
						target.getSupportingMeans()));
			}
			targets.delete(target);
		}
	}

	@EventListener
	void actorRemoving(ActorRemoving removing) {
		targets.deleteAll(targets.findByActor(removing.actor()));
	}

	@EventListener
	void propositionRemoving(PropositionRemoving removing) {
		targets.deleteAll(targets.findByProposition(removing.proposition()));
	}

}
