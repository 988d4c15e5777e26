package org.precursor.claim;

import java.time.LocalDate;
import java.util.List;

import org.precursor.actor.ActorRef;
import org.precursor.article.ArticleRef;
import org.precursor.article.DatePrecision;
import org.precursor.article.OutletRef;
import org.precursor.article.PublicationDate;

/** One claim with its claimant, article and outlets, as one flat query row; see {@link ClaimCard}. */
public record ClaimRow(Long id, ClaimKind kind, String text, String passage, Integer contentStart, String cue,
		String speakerMention, String summary, LocalDate madeOn, String claimantSlug,
		String claimantName, String claimantRole, String claimantParentName, Long articleId, String articleTitle,
		LocalDate publishedOn, DatePrecision precision, String dateNote, String outletSlug, String outletName,
		String originalSlug, String originalName) {

	/** The selection that fills this record, over the joins that {@link ClaimQuery} declares. */
	static final String SELECTION = "new org.precursor.claim.ClaimRow(c.id, c.kind, c.text, c.passage, c.contentStart,"
			+ " c.cue, c.speakerMention, c.summary, c.madeOn,"
			+ " cl.slug, cl.name, cl.role, clp.name, a.id, a.title, a.publishedOn, a.datePrecision, a.dateNote,"
			+ " o.slug, o.name, oo.slug, oo.name)";

	ClaimCard toCard(List<StanceBadge> stances) {
		return new ClaimCard(id, kind, text, summary, new ActorRef(claimantSlug, claimantName), affiliation(),
				new ArticleRef(articleId, articleTitle), new OutletRef(outletSlug, outletName),
				originalSlug == null ? null : new OutletRef(originalSlug, originalName),
				PublicationDate.ofClaim(madeOn, publishedOn, precision, dateNote), stances)
			.inContext(ClaimContext.of(passage, contentStart, text, cue, speakerMention));
	}

	private String affiliation() {
		if (claimantRole != null && claimantParentName != null) {
			return claimantRole + ", " + claimantParentName;
		}
		return claimantRole != null ? claimantRole : claimantParentName;
	}

}
