package org.precursor.generate;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The synthetic records of one run, phase by phase: outlets, actors, propositions, articles, claims, what the claims
 * are about and the sides they take, supply-chain links. Each phase ranks the seed dataset's records first and adds
 * its own after them; later phases draw from the ranks of earlier ones.
 */
final class SyntheticDataset {

	private final GenerationScale scale;

	private final RandomStreams streams;

	SyntheticDataset(GenerationScale scale, long seed) {
		this.scale = scale;
		this.streams = new RandomStreams(seed);
	}

	/** Writes every phase; returns the seconds the claims phase took. */
	double writeInto(BulkWriter writer, Progress progress) throws SQLException {
		Connection connection = writer.connection();
		FirstIds ids = FirstIds.after(connection);
		RankedOutlets outlets = RankedOutlets.seededFrom(connection, scale.outlets(), ids.outlet());
		RankedActors actors = RankedActors.seededFrom(connection, scale.actors(), ids.actor());
		RankedPropositions propositions = RankedPropositions.seededFrom(connection, scale.propositions(),
				ids.proposition(), actors);

		progress.started(GenerationPhase.OUTLETS);
		new SyntheticOutlets(outlets, TakenNames.in(connection, "outlet", "name_key"), streams)
			.write(writer, scale.outlets(), progress);
		progress.started(GenerationPhase.ACTORS);
		new SyntheticActors(actors, TakenNames.in(connection, "actor", "name_key"), streams)
			.write(writer, scale.actors(), progress);
		progress.started(GenerationPhase.PROPOSITIONS);
		new SyntheticPropositions(propositions, actors, TakenNames.in(connection, "proposition", "text_key"), streams)
			.write(writer, scale.propositions(), ids.propositionTarget(), progress);
		progress.started(GenerationPhase.ARTICLES);
		ArticleLayout layout = ArticleLayout.of(scale.articles(), scale.claims(), streams);
		new SyntheticArticles(outlets, streams).write(writer, layout, ids.article(), progress);

		SyntheticClaims claims = new SyntheticClaims(actors, outlets, propositions, layout, streams, ids.article(),
				ids.claim());
		progress.started(GenerationPhase.CLAIMS);
		long claimsStarted = System.nanoTime();
		claims.writeClaims(writer, progress);
		double claimSeconds = (System.nanoTime() - claimsStarted) / 1e9;
		progress.started(GenerationPhase.SIDES);
		claims.writeSides(writer, progress);
		progress.started(GenerationPhase.LINKS);
		new SyntheticLinks(actors, layout, streams, ids.claim()).write(writer, scale.links(), ids.link(), progress);
		return claimSeconds;
	}

}
