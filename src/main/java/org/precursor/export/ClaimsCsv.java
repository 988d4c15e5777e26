package org.precursor.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.ActorRef;
import org.precursor.claim.ClaimCard;
import org.precursor.claim.ClaimContext;
import org.precursor.claim.ClaimFilter;
import org.precursor.claim.ClaimSearch;
import org.precursor.web.SiteAddress;

/**
 * The claims of one view of the claims list as CSV, every one of them in the list's order, read and written a batch
 * at a time. The columns are a contract like the API's field names: add columns at the end, never rename or remove.
 */
@Component
public class ClaimsCsv {

	static final List<String> COLUMNS = List.of("id", "url", "kind", "content", "passage", "cue", "speaker_mention",
			"claimant", "claimant_id", "claimant_role", "joint_claimants", "article", "article_id", "outlet",
			"outlet_id", "original_outlet", "original_outlet_id", "date", "date_precision", "date_label", "stances",
			"summary");

	/** Claims read and written together; memory holds one batch whatever the export's size. */
	static final int BATCH = 500;

	/** An export may take minutes on the largest datasets; its one statement may run as long. */
	static final int TIMEOUT_MILLIS = 30 * 60 * 1000;

	private final ClaimSearch search;

	private final SiteAddress site;

	ClaimsCsv(ClaimSearch search, @Value(SiteAddress.PROPERTY) String baseUrl) {
		this.search = search;
		this.site = SiteAddress.at(baseUrl);
	}

	@Transactional(readOnly = true)
	public void write(ClaimFilter filter, Writer out) throws IOException {
		CsvWriter csv = new CsvWriter(out);
		csv.row(COLUMNS);
		try {
			search.matching(filter).forEachBatch(BATCH, TIMEOUT_MILLIS, cards -> {
				try {
					for (ClaimCard card : cards) {
						csv.row(row(card));
					}
					out.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private List<Object> row(ClaimCard card) {
		ClaimContext context = card.context();
		List<Object> row = new ArrayList<>(COLUMNS.size());
		row.addAll(Arrays.asList(card.id(), site.of("/claims/" + card.id()), card.kind().name(), card.text(),
				context == null ? null : context.passage(), context == null ? null : context.cue(),
				context == null ? null : context.speakerMention(), card.claimant().name(), card.claimant().slug(),
				card.claimantAffiliation(),
				card.jointClaimants().stream().map(ActorRef::name).collect(Collectors.joining("; ")),
				card.article().title(), card.article().id(), card.outlet().name(), card.outlet().slug(),
				card.originalOutlet() == null ? null : card.originalOutlet().name(),
				card.originalOutlet() == null ? null : card.originalOutlet().slug(), card.date().date(),
				card.date().precision().name(), card.date().label(),
				card.stances().stream()
					.map(badge -> badge.proposition().slug() + ":" + badge.stance().name().toLowerCase(Locale.ROOT))
					.collect(Collectors.joining("; ")),
				card.summary()));
		return row;
	}

}
