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

/**
 * Every outlet by rank, the one publishing most first: the seed dataset's outlets on top (Reuters, AP and the
 * others), the synthetic outlets after them, articles assigned to them by {@link Zipf}.
 */
final class RankedOutlets {

	static final List<String> LEADING_SEED_OUTLETS = List.of("reuters", "ap", "global-news", "al-jazeera",
			"daily-caller-news-foundation", "unidentified-news-site", "unidentified-blog");

	private final long[] seedIds;

	private final long firstSyntheticId;

	private final String[] names;

	private final String[] slugs;

	private final Zipf zipf;

	private int size;

	private RankedOutlets(List<String[]> seed, int synthetic, long firstSyntheticId) {
		this.seedIds = new long[seed.size()];
		this.firstSyntheticId = firstSyntheticId;
		this.names = new String[seed.size() + synthetic];
		this.slugs = new String[names.length];
		this.zipf = new Zipf(Math.max(1, names.length), 1.0);
		for (String[] outlet : seed) {
			seedIds[size] = Long.parseLong(outlet[0]);
			add(outlet[1], outlet[2]);
		}
	}

	static RankedOutlets seededFrom(Connection connection, int synthetic, long firstSyntheticId) throws SQLException {
		Map<String, String[]> bySlug = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id, slug, name from outlet order by id")) {
			while (rows.next()) {
				bySlug.put(rows.getString(2), new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
			}
		}
		List<String[]> ranked = new ArrayList<>();
		LEADING_SEED_OUTLETS.stream().map(bySlug::remove).filter(outlet -> outlet != null).forEach(ranked::add);
		ranked.addAll(bySlug.values());
		return new RankedOutlets(ranked, synthetic, firstSyntheticId);
	}

	int add(String slug, String name) {
		slugs[size] = slug;
		names[size] = name;
		return size++;
	}

	long id(int rank) {
		return rank < seedIds.length ? seedIds[rank] : firstSyntheticId + rank - seedIds.length;
	}

	String name(int rank) {
		return names[rank];
	}

	String slug(int rank) {
		return slugs[rank];
	}

	int draw(SplittableRandom random) {
		return zipf.drawBelow(size, random);
	}

	/** Another one than this, or -1 when a few draws find none. */
	int drawOtherThan(int rank, SplittableRandom random) {
		return zipf.drawBelowExcept(size, rank, random);
	}

}
