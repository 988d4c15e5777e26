package org.precursor.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.precursor.actor.ActorType;

/**
 * Every actor by rank, the most claimed first: the seed dataset's big actors on top (China, then the United States,
 * Mexico, Canada, the cartels and the agencies), the rest of the seed dataset next, the synthetic actors after
 * them. Claimants and subjects are drawn from the ranks by {@link Zipf}, so China makes and draws hundreds of
 * thousands of claims while most synthetic actors make a handful. Kept in arrays, a few bytes per actor.
 */
final class RankedActors {

	/** The seed actors that lead the ranks, in this order; the others follow in the order they were added. */
	static final List<String> LEADING_SEED_ACTORS = List.of("china", "united-states", "mexico", "canada",
			"mexican-cartels", "sinaloa-cartel", "chinese-chemical-companies", "us-state-department", "dea",
			"china-foreign-ministry", "biden-administration", "donald-trump", "house-select-committee-ccp",
			"us-congress", "chinese-embassy-washington", "liu-pengyu", "mao-ning", "rcmp", "ondcp",
			"us-justice-department", "dhs", "chinese-money-launderers", "mexican-fentanyl-producers", "justin-trudeau",
			"claudia-sheinbaum", "antony-blinken", "xi-jinping", "joe-biden", "chinese-state-media", "united-nations");

	/** Ranks at this depth (a root is 0) take no affiliates, so no chain is more than four actors long. */
	static final int DEEPEST_PARENT = 2;

	private static final double EXPONENT = 1.0;

	private final int seedCount;

	private final long[] seedIds;

	private final long firstSyntheticId;

	private final String[] names;

	private final ActorType[] types;

	private final String[] countries;

	private final int[] parents;

	private final byte[] depths;

	private final Zipf zipf;

	private final Map<Long, Integer> seedRanks = new HashMap<>();

	private int size;

	private RankedActors(List<SeedActor> seed, int synthetic, long firstSyntheticId) {
		int total = seed.size() + synthetic;
		this.seedCount = seed.size();
		this.seedIds = new long[seedCount];
		this.firstSyntheticId = firstSyntheticId;
		this.names = new String[total];
		this.types = new ActorType[total];
		this.countries = new String[total];
		this.parents = new int[total];
		this.depths = new byte[total];
		this.zipf = new Zipf(Math.max(1, total), EXPONENT);
		for (SeedActor actor : seed) {
			seedRanks.put(actor.id(), size);
			seedIds[size] = actor.id();
			names[size] = actor.name();
			types[size] = actor.type();
			countries[size] = actor.country();
			size++;
		}
		for (SeedActor actor : seed) {
			int rank = seedRanks.get(actor.id());
			parents[rank] = actor.parentId() == null ? -1 : seedRanks.getOrDefault(actor.parentId(), -1);
		}
		for (int rank = 0; rank < seedCount; rank++) {
			depths[rank] = (byte) Math.min(Byte.MAX_VALUE, ancestors(rank));
		}
	}

	/** The actors the database holds (the seed dataset), ranked, with room for the synthetic ones to come. */
	static RankedActors seededFrom(Connection connection, int synthetic, long firstSyntheticId) throws SQLException {
		Map<String, SeedActor> bySlug = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select id, slug, name, type, country, parent_id from actor order by id")) {
			while (rows.next()) {
				long parentId = rows.getLong(6);
				Long parent = rows.wasNull() ? null : parentId;
				bySlug.put(rows.getString(2), new SeedActor(rows.getLong(1), rows.getString(3),
						ActorType.valueOf(rows.getString(4)), rows.getString(5), parent));
			}
		}
		List<SeedActor> ranked = new ArrayList<>();
		LEADING_SEED_ACTORS.stream().map(bySlug::remove).filter(actor -> actor != null).forEach(ranked::add);
		ranked.addAll(bySlug.values());
		return new RankedActors(ranked, synthetic, firstSyntheticId);
	}

	/** Adds the next synthetic actor; returns its rank. */
	int add(String name, ActorType type, String country, int parent) {
		names[size] = name;
		types[size] = type;
		countries[size] = country;
		parents[size] = parent;
		depths[size] = (byte) (parent < 0 ? 0 : depths[parent] + 1);
		return size++;
	}

	int size() {
		return size;
	}

	long id(int rank) {
		return rank < seedCount ? seedIds[rank] : firstSyntheticId + rank - seedCount;
	}

	/** The rank of a seed actor by its id, or -1. */
	int rankOfSeed(long id) {
		return seedRanks.getOrDefault(id, -1);
	}

	String name(int rank) {
		return names[rank];
	}

	ActorType type(int rank) {
		return types[rank];
	}

	String country(int rank) {
		return countries[rank];
	}

	int parent(int rank) {
		return parents[rank];
	}

	int depth(int rank) {
		return depths[rank];
	}

	/** The body the actor ultimately belongs to: itself when it belongs to none. */
	int top(int rank) {
		int top = rank;
		for (int step = 0; parents[top] >= 0 && step < 20; step++) {
			top = parents[top];
		}
		return top;
	}

	/** A claimant: a rank drawn by Zipf among those created so far, never a place (places make no claims). */
	int drawClaimant(SplittableRandom random) {
		for (int attempt = 0; attempt < 8; attempt++) {
			int rank = zipf.drawBelow(size, random);
			if (types[rank] != ActorType.PLACE) {
				return rank;
			}
		}
		return 0;
	}

	/** A rank drawn by Zipf that is none of those given, or -1 when a few draws find none. */
	int drawOtherThan(SplittableRandom random, int first, int second) {
		for (int attempt = 0; attempt < 8; attempt++) {
			int rank = zipf.drawBelow(size, random);
			if (rank != first && rank != second) {
				return rank;
			}
		}
		return -1;
	}

	/** A rank below {@code limit} drawn by Zipf, for a new actor's parent among those already created. */
	int drawBelow(int limit, SplittableRandom random) {
		return zipf.drawBelow(limit, random);
	}

	private int ancestors(int rank) {
		int count = 0;
		for (int above = parents[rank]; above >= 0 && count < 20; above = parents[above]) {
			count++;
		}
		return count;
	}

	private record SeedActor(long id, String name, ActorType type, String country, Long parentId) {
	}

}
