package org.precursor.generate;

import java.sql.SQLException;
import java.util.SplittableRandom;

import org.precursor.network.Tone;
import org.precursor.web.UniqueNames;

/**
 * Writes the synthetic propositions, each with one to three targets: the actors that supporting it accuses or
 * defends, drawn by Zipf, so most accuse or defend the big actors as the seed's propositions do.
 */
final class SyntheticPropositions {

	private final RankedPropositions propositions;

	private final RankedActors actors;

	private final TakenNames taken;

	private final RandomStreams streams;

	SyntheticPropositions(RankedPropositions propositions, RankedActors actors, TakenNames taken,
			RandomStreams streams) {
		this.propositions = propositions;
		this.actors = actors;
		this.taken = taken;
		this.streams = streams;
	}

	void write(BulkWriter writer, int count, long firstTargetId, Progress progress) throws SQLException {
		BulkWriter.Insert proposition = writer.insert("proposition", "id", "slug", "text", "text_key", "description");
		BulkWriter.Insert target = writer.insert("proposition_target", "id", "proposition_id", "actor_id",
				"supporting_means");
		long targetId = firstTargetId;
		for (int i = 0; i < count; i++) {
			SplittableRandom random = streams.of(RandomStreams.PROPOSITION, i);
			StringBuilder clause = new StringBuilder();
			SyntheticText.clause(clause, Vocabulary.pick(Vocabulary.SUBJECTS, random), random, true);
			int number = i + 1;
			String text = taken.free(SyntheticText.capitalised(clause.toString()) + " (synthetic proposition " + number
					+ ").");
			int first = actors.drawOtherThan(random, -1, -1);
			int second = random.nextInt(3) == 0 ? -1 : actors.drawOtherThan(random, first, -1);
			int third = second < 0 || random.nextInt(3) > 0 ? -1 : actors.drawOtherThan(random, first, second);
			boolean accuses = random.nextInt(10) < 7;
			int rank = propositions.add(first, accuses);
			long id = propositions.id(rank);
			proposition.value(id).value(SyntheticText.slug(clause.toString(), number)).value(text).value(UniqueNames.key(text))
				.value(random.nextBoolean() ? "A synthetic proposition, generated for scale tests." : null)
				.add();
			for (int actor : new int[] { first, second, third }) {
				if (actor >= 0) {
					boolean accusing = actor == first ? accuses : random.nextInt(10) < 7;
					target.value(targetId++).value(id).value(actors.id(actor))
						.value((accusing ? Tone.ACCUSES : Tone.DEFENDS).name()).add();
				}
			}
			writer.rowDone();
			progress.advanced(number);
		}
		writer.endPhase();
	}

}
