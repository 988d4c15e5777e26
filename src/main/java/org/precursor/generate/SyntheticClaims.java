package org.precursor.generate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.precursor.actor.ActorType;
import org.precursor.claim.ClaimKind;
import org.precursor.proposition.Stance;

/**
 * Writes the synthetic claims, article by article in reading order, in two passes. The first writes each claim:
 * a claimant drawn by Zipf, a kind that suits it, 8 to 40 words of content set verbatim in a passage with its cue
 * and speaker, sometimes its own date, and the effective date lists sort by (its own date, else the article's).
 * The second writes what each claim is about (half of them, one or two actors other than the claimant), its joint
 * claimants (one in a hundred) and its stances (two in five, on propositions drawn by Zipf, none for articles off
 * the topic). A claim's claimant is the first thing drawn from its stream, so the second pass draws it again
 * instead of keeping two million of them.
 */
final class SyntheticClaims {

	private final RankedActors actors;

	private final RankedOutlets outlets;

	private final RankedPropositions propositions;

	private final ArticleLayout layout;

	private final RandomStreams streams;

	private final long firstArticleId;

	private final long firstClaimId;

	SyntheticClaims(RankedActors actors, RankedOutlets outlets, RankedPropositions propositions, ArticleLayout layout,
			RandomStreams streams, long firstArticleId, long firstClaimId) {
		this.actors = actors;
		this.outlets = outlets;
		this.propositions = propositions;
		this.layout = layout;
		this.streams = streams;
		this.firstArticleId = firstArticleId;
		this.firstClaimId = firstClaimId;
	}

	void writeClaims(BulkWriter writer, Progress progress) throws SQLException {
		BulkWriter.Insert claim = writer.insert("claim", "id", "article_id", "claimant_id", "kind", "text", "summary",
				"made_on", "position", "passage", "content_start", "cue", "speaker_mention", "effective_on");
		int article = 0;
		for (int i = 0; i < layout.claims(); i++) {
			while (i >= layout.firstClaim(article + 1)) {
				article++;
			}
			SplittableRandom random = streams.of(RandomStreams.CLAIM, i);
			int claimant = actors.drawClaimant(random);
			ClaimKind kind = kind(actors.type(claimant), random);
			String subject = Vocabulary.pick(Vocabulary.SUBJECTS, random);
			String speaker = actors.name(claimant);
			Attribution said = Attribution.of(kind, SyntheticText.content(subject, random), speaker,
					outlets.name(layout.reportingOutlet(article)), random);
			LocalDate published = layout.publishedOn(article);
			LocalDate madeOn = madeOn(published, random);
			claim.value(firstClaimId + i).value(firstArticleId + article).value(actors.id(claimant)).value(kind.name())
				.value(said.content())
				.value(random.nextInt(10) < 7 ? speaker + " on " + subject + " (synthetic)." : null)
				.value(madeOn).value(i - layout.firstClaim(article) + 1).value(said.passage())
				.value(said.contentStart()).value(said.cue()).value(said.speakerMention())
				.value(madeOn != null ? madeOn : published)
				.add();
			writer.rowDone();
			progress.advanced(i + 1);
		}
		writer.endPhase();
	}

	void writeSides(BulkWriter writer, Progress progress) throws SQLException {
		BulkWriter.Insert about = writer.insert("claim_about", "claim_id", "actor_id");
		BulkWriter.Insert joint = writer.insert("claim_joint_claimant", "claim_id", "actor_id");
		BulkWriter.Insert voice = writer.insert("claim_voice", "claim_id", "actor_id");
		BulkWriter.Insert stance = writer.insert("claim_stance", "claim_id", "proposition_id", "stance");
		int article = 0;
		for (int i = 0; i < layout.claims(); i++) {
			while (i >= layout.firstClaim(article + 1)) {
				article++;
			}
			long id = firstClaimId + i;
			int claimant = actors.drawClaimant(streams.of(RandomStreams.CLAIM, i));
			SplittableRandom random = streams.of(RandomStreams.SIDES, i);
			voice.value(id).value(actors.id(claimant)).add();
			if (random.nextBoolean()) {
				int first = actors.drawOtherThan(random, claimant, -1);
				int second = random.nextInt(10) < 3 ? actors.drawOtherThan(random, claimant, first) : -1;
				addActors(about, id, first, second);
			}
			if (random.nextInt(100) == 0) {
				int first = actors.drawOtherThan(random, claimant, -1);
				int second = random.nextInt(5) == 0 ? actors.drawOtherThan(random, claimant, first) : -1;
				addActors(joint, id, first, second);
				addActors(voice, id, first, second);
			}
			if (!layout.isOffTopic(article) && random.nextInt(10) < 4) {
				int first = propositions.draw(random);
				int second = random.nextInt(100) < 15 ? propositions.drawOtherThan(first, random) : -1;
				for (int proposition : new int[] { first, second }) {
					if (proposition >= 0) {
						stance.value(id).value(propositions.id(proposition))
							.value(stance(proposition, claimant, random).name()).add();
					}
				}
			}
			writer.rowDone();
			progress.advanced(i + 1);
		}
		writer.endPhase();
	}

	private void addActors(BulkWriter.Insert insert, long claimId, int first, int second) throws SQLException {
		for (int actor : new int[] { first, second }) {
			if (actor >= 0) {
				insert.value(claimId).value(actors.id(actor)).add();
			}
		}
	}

	/** Unnamed sources speak as unnamed sources; people are quoted or paraphrased; institutions also publish findings. */
	private static ClaimKind kind(ActorType type, SplittableRandom random) {
		int draw = random.nextInt(100);
		return switch (type) {
			case UNNAMED_SOURCE -> ClaimKind.UNNAMED_SOURCE;
			case PERSON -> draw < 45 ? ClaimKind.DIRECT_QUOTE : ClaimKind.REPORTED_SPEECH;
			case AGENCY, ORGANIZATION, LEGISLATURE, INTERNATIONAL_BODY, MEDIA ->
				draw < 35 ? ClaimKind.REPORT_FINDING : draw < 60 ? ClaimKind.DIRECT_QUOTE : ClaimKind.REPORTED_SPEECH;
			default -> draw < 10 ? ClaimKind.REPORT_FINDING : draw < 40 ? ClaimKind.DIRECT_QUOTE
					: ClaimKind.REPORTED_SPEECH;
		};
	}

	/** A claim's own date, days before its article's, for some claims; for more of those in undated articles. */
	private static LocalDate madeOn(LocalDate published, SplittableRandom random) {
		if (published == null) {
			return random.nextBoolean() ? SyntheticArticles.date(random) : null;
		}
		return random.nextInt(100) < 15 ? published.minusDays(1 + random.nextInt(6)) : null;
	}

	/** The target's own camp mostly defends it; everyone else leans slightly towards supporting. */
	private Stance stance(int proposition, int claimant, SplittableRandom random) {
		int target = propositions.target(proposition);
		if (target >= 0 && actors.top(claimant) == actors.top(target) && random.nextInt(100) < 85) {
			return propositions.accusesTarget(proposition) ? Stance.DISPUTES : Stance.SUPPORTS;
		}
		return random.nextInt(100) < 58 ? Stance.SUPPORTS : Stance.DISPUTES;
	}

}
