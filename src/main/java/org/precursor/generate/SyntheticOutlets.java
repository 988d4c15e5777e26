package org.precursor.generate;

import java.sql.SQLException;
import java.util.Locale;
import java.util.SplittableRandom;

import org.precursor.article.OutletKind;
import org.precursor.web.Slugs;
import org.precursor.web.UniqueNames;

import static org.precursor.generate.Vocabulary.pick;

/** Writes the synthetic outlets ("Norvale Ledger 17"): newspapers and blogs mostly, a few wires and broadcasters. */
final class SyntheticOutlets {

	private static final OutletKind[] KINDS = { OutletKind.NEWSPAPER, OutletKind.NEWSPAPER, OutletKind.NEWSPAPER,
			OutletKind.NEWSPAPER, OutletKind.BLOG, OutletKind.BLOG, OutletKind.MAGAZINE, OutletKind.BROADCASTER,
			OutletKind.AGGREGATOR, OutletKind.NEWSWIRE, OutletKind.GOVERNMENT, OutletKind.WIRE_SERVICE,
			OutletKind.OTHER };

	private final RankedOutlets outlets;

	private final TakenNames taken;

	private final RandomStreams streams;

	SyntheticOutlets(RankedOutlets outlets, TakenNames taken, RandomStreams streams) {
		this.outlets = outlets;
		this.taken = taken;
		this.streams = streams;
	}

	void write(BulkWriter writer, int count, Progress progress) throws SQLException {
		BulkWriter.Insert outlet = writer.insert("outlet", "id", "slug", "name", "name_key", "kind", "country",
				"homepage", "description");
		for (int i = 0; i < count; i++) {
			SplittableRandom random = streams.of(RandomStreams.OUTLET, i);
			String name = taken.free(pick(Vocabulary.TOWNS, random) + " " + pick(Vocabulary.OUTLET_NOUNS, random) + " "
					+ (i + 1));
			String slug = Slugs.of(name);
			OutletKind kind = KINDS[random.nextInt(KINDS.length)];
			int rank = outlets.add(slug, name);
			outlet.value(outlets.id(rank)).value(slug).value(name).value(UniqueNames.key(name)).value(kind.name())
				.value(pick(Vocabulary.COUNTRIES, random)).value("https://" + slug + ".example")
				.value(random.nextBoolean() ? "Synthetic " + kind.label().toLowerCase(Locale.ROOT)
						+ ", generated for scale tests." : null)
				.add();
			writer.rowDone();
			progress.advanced(i + 1);
		}
		writer.endPhase();
	}

}
