package org.precursor.generate;

import java.sql.SQLException;
import java.util.Locale;
import java.util.SplittableRandom;

import org.precursor.supplychain.Channel;
import org.precursor.supplychain.Commodity;
import org.precursor.supplychain.EvidenceRole;
import org.precursor.supplychain.Stage;

import static org.precursor.generate.Vocabulary.pick;

/**
 * Writes the synthetic supply-chain links: two different ends drawn by Zipf, what moves and a stage that suits it,
 * channels that suit both, sometimes a period, and one to three synthetic claims as evidence, the first asserting
 * the link (a link always has one), the others asserting or disputing it.
 */
final class SyntheticLinks {

	private static final Channel[] MONEY_CHANNELS = { Channel.UNDERGROUND_BANKING, Channel.CRYPTOCURRENCY,
			Channel.EXPORT_TAX_REBATES };

	private static final Channel[] CHEMICAL_CHANNELS = { Channel.ONLINE_SALES, Channel.AIR_CARGO,
			Channel.INTERNATIONAL_MAIL, Channel.SHIPPING_CONTAINERS };

	private static final Channel[] DRUG_CHANNELS = { Channel.LAND_BORDER, Channel.INTERNATIONAL_MAIL,
			Channel.AIR_CARGO, Channel.ONLINE_SALES };

	private static final Channel[] PRESS_CHANNELS = { Channel.SHIPPING_CONTAINERS, Channel.INTERNATIONAL_MAIL,
			Channel.ONLINE_SALES };

	private final RankedActors actors;

	private final ArticleLayout layout;

	private final RandomStreams streams;

	private final long firstClaimId;

	SyntheticLinks(RankedActors actors, ArticleLayout layout, RandomStreams streams, long firstClaimId) {
		this.actors = actors;
		this.layout = layout;
		this.streams = streams;
		this.firstClaimId = firstClaimId;
	}

	void write(BulkWriter writer, int count, long firstId, Progress progress) throws SQLException {
		BulkWriter.Insert link = writer.insert("supply_chain_link", "id", "origin_id", "destination_id", "moves",
				"stage", "period", "description");
		BulkWriter.Insert channel = writer.insert("supply_chain_link_channel", "link_id", "channel");
		BulkWriter.Insert evidence = writer.insert("supply_chain_evidence", "link_id", "claim_id", "role");
		for (int i = 0; i < count; i++) {
			SplittableRandom random = streams.of(RandomStreams.LINK, i);
			long id = firstId + i;
			int origin = actors.drawOtherThan(random, -1, -1);
			int destination = actors.drawOtherThan(random, origin, -1);
			if (destination < 0) {
				destination = origin == 0 ? 1 : 0;
			}
			Commodity moves = moves(random);
			link.value(id).value(actors.id(origin)).value(actors.id(destination)).value(moves.name())
				.value(stage(moves, random).name()).value(period(random))
				.value("Synthetic link: " + moves.label().toLowerCase(Locale.ROOT) + " from " + actors.name(origin)
						+ " to " + actors.name(destination) + ".")
				.add();
			Channel[] suitable = channels(moves);
			int channels = random.nextInt(100) < 20 ? 0 : random.nextInt(100) < 70 ? 1 : 2;
			int firstChannel = random.nextInt(suitable.length);
			for (int c = 0; c < channels; c++) {
				channel.value(id).value(suitable[(firstChannel + c) % suitable.length].name()).add();
			}
			int[] cited = new int[1 + random.nextInt(3)];
			for (int c = 0; c < cited.length; c++) {
				cited[c] = evidenceClaim(random, cited, c);
				if (cited[c] >= 0) {
					EvidenceRole role = c == 0 || random.nextInt(100) < 65 ? EvidenceRole.ASSERTS : EvidenceRole.DISPUTES;
					evidence.value(id).value(firstClaimId + cited[c]).value(role.name()).add();
				}
			}
			writer.rowDone();
			progress.advanced(i + 1);
		}
		writer.endPhase();
	}

	/** A claim from an article on the topic, not cited by this link yet; -1 when a few draws find none. */
	private int evidenceClaim(SplittableRandom random, int[] cited, int count) {
		for (int attempt = 0; attempt < 8; attempt++) {
			int claim = random.nextInt(layout.claims());
			boolean fresh = true;
			for (int c = 0; c < count; c++) {
				fresh &= cited[c] != claim;
			}
			if (fresh && (!layout.isOffTopic(layout.articleOf(claim)) || attempt == 7)) {
				return claim;
			}
		}
		return -1;
	}

	private static Commodity moves(SplittableRandom random) {
		int draw = random.nextInt(100);
		return draw < 35 ? Commodity.PRECURSOR_CHEMICALS : draw < 60 ? Commodity.FENTANYL
				: draw < 75 ? Commodity.COUNTERFEIT_PILLS : draw < 85 ? Commodity.PILL_PRESSES : Commodity.MONEY;
	}

	private static Stage stage(Commodity moves, SplittableRandom random) {
		int draw = random.nextInt(100);
		return switch (moves) {
			case PRECURSOR_CHEMICALS -> draw < 70 ? Stage.SOURCING : Stage.PRODUCTION;
			case FENTANYL -> draw < 40 ? Stage.PRODUCTION : Stage.TRAFFICKING;
			case COUNTERFEIT_PILLS -> draw < 50 ? Stage.TRAFFICKING : Stage.DISTRIBUTION;
			case PILL_PRESSES -> draw < 50 ? Stage.SOURCING : Stage.PRODUCTION;
			case MONEY -> draw < 90 ? Stage.LAUNDERING : Stage.SOURCING;
		};
	}

	private static Channel[] channels(Commodity moves) {
		return switch (moves) {
			case MONEY -> MONEY_CHANNELS;
			case PRECURSOR_CHEMICALS -> CHEMICAL_CHANNELS;
			case FENTANYL, COUNTERFEIT_PILLS -> DRUG_CHANNELS;
			case PILL_PRESSES -> PRESS_CHANNELS;
		};
	}

	private static String period(SplittableRandom random) {
		int draw = random.nextInt(100);
		int year = 2016 + random.nextInt(10);
		if (draw < 20) {
			return "Since " + pick(Vocabulary.MONTHS, random) + " " + year;
		}
		return draw < 35 ? year + "-" + Math.min(2026, year + 1 + random.nextInt(4)) : null;
	}

}
