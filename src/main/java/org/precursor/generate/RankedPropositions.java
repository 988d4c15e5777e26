package org.precursor.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.precursor.network.Tone;

/**
 * Every proposition by rank, the most argued first: the seed dataset's propositions on top, in their order, the
 * synthetic ones after them. Each keeps its first target (whom supporting it accuses or defends), so that a
 * claimant from the target's own camp mostly takes the side that defends it.
 */
final class RankedPropositions {

	private final long[] seedIds;

	private final long firstSyntheticId;

	private final int[] targets;

	private final boolean[] accuses;

	private final Zipf zipf;

	private int size;

	private RankedPropositions(List<long[]> seed, int synthetic, long firstSyntheticId, RankedActors actors) {
		this.seedIds = new long[seed.size()];
		this.firstSyntheticId = firstSyntheticId;
		this.targets = new int[seed.size() + synthetic];
		this.accuses = new boolean[targets.length];
		this.zipf = new Zipf(Math.max(1, targets.length), 1.0);
		for (long[] proposition : seed) {
			seedIds[size] = proposition[0];
			add(proposition[1] == 0 ? -1 : actors.rankOfSeed(proposition[1]), proposition[2] == 1);
		}
	}

	static RankedPropositions seededFrom(Connection connection, int synthetic, long firstSyntheticId,
			RankedActors actors) throws SQLException {
		Map<Long, long[]> byId = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select p.id, t.actor_id, t.supporting_means from proposition p"
						+ " left join proposition_target t on t.proposition_id = p.id order by p.id, t.id")) {
			while (rows.next()) {
				long target = rows.getLong(2);
				boolean accusing = Tone.ACCUSES.name().equals(rows.getString(3));
				byId.putIfAbsent(rows.getLong(1), new long[] { rows.getLong(1), target, accusing ? 1 : 0 });
			}
		}
		return new RankedPropositions(new ArrayList<>(byId.values()), synthetic, firstSyntheticId, actors);
	}

	/** Adds the next synthetic proposition with its first target's rank (or -1) and whether supporting accuses it. */
	int add(int target, boolean accusing) {
		targets[size] = target;
		accuses[size] = accusing;
		return size++;
	}

	long id(int rank) {
		return rank < seedIds.length ? seedIds[rank] : firstSyntheticId + rank - seedIds.length;
	}

	int target(int rank) {
		return targets[rank];
	}

	boolean accusesTarget(int rank) {
		return accuses[rank];
	}

	int draw(SplittableRandom random) {
		return zipf.drawBelow(size, random);
	}

	/** Another one than this, or -1 when a few draws find none. */
	int drawOtherThan(int rank, SplittableRandom random) {
		return zipf.drawBelowExcept(size, rank, random);
	}

}
