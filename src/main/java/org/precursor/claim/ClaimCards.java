package org.precursor.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.precursor.actor.ActorRef;
import org.precursor.proposition.PropositionRef;

/** Turns claim rows into cards, fetching the stances of all of them in one query rather than one per claim. */
final class ClaimCards {

	private ClaimCards() {
	}

	static List<ClaimCard> load(EntityManager entities, List<ClaimRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(ClaimRow::id).toList();
		Map<Long, List<StanceBadge>> stances = new HashMap<>();
		entities.createQuery("""
				select new org.precursor.claim.ClaimStance(c.id, p.slug, p.text, s.stance)
				from Claim c join c.stances s join s.proposition p
				where c.id in :ids order by p.text""", ClaimStance.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(row -> stances.computeIfAbsent(row.claimId(), id -> new ArrayList<>())
				.add(new StanceBadge(new PropositionRef(row.propositionSlug(), row.propositionText()), row.stance())));
		Map<Long, List<ActorRef>> joint = new HashMap<>();
		entities.createQuery("""
				select new org.precursor.claim.JointClaimant(c.id, j.slug, j.name)
				from Claim c join c.jointClaimants j where c.id in :ids order by j.name""", JointClaimant.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(row -> joint.computeIfAbsent(row.claimId(), id -> new ArrayList<>())
				.add(new ActorRef(row.slug(), row.name())));
		return rows.stream()
			.map(row -> row.toCard(stances.getOrDefault(row.id(), List.of()))
				.madeJointlyWith(joint.getOrDefault(row.id(), List.of())))
			.toList();
	}

}
