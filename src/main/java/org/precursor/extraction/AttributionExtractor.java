package org.precursor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.precursor.extraction.Attribution.Link;
import org.precursor.extraction.SpeakerResolver.Speaker;
import org.precursor.extraction.TextLayout.Unit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Proposes statements by rules over sentences and quotation marks, the way news English attributes them, with
 * speakers resolved through the article and matched to the known actors. Holds no state between calls.
 */
@Component
class AttributionExtractor implements ClaimExtractor {

	private final Supplier<Gazetteer> gazetteer;

	private final SentenceSplitter sentences = new SentenceSplitter();

	@Autowired
	AttributionExtractor(KnownSpeakers known) {
		this(known::current);
	}

	AttributionExtractor(Supplier<Gazetteer> gazetteer) {
		this.gazetteer = gazetteer;
	}

	@Override
	public List<ProposedClaim> propose(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		TextLayout layout = new TextLayout(text, sentences);
		List<Attribution> found = new AttributionRules(layout).find();
		SpeakerResolver resolver = new SpeakerResolver(gazetteer.get(), layout.plain);
		Speaker[] speakers = new Speaker[found.size()];
		int[] attributedBy = new int[found.size()];
		java.util.Arrays.fill(attributedBy, -1);
		for (int i = 0; i < found.size(); i++) {
			Attribution attribution = found.get(i);
			if (attribution.link() == Link.OWN) {
				speakers[i] = resolver.resolve(attribution.mention(), attribution.contentStart());
			}
			else if (attribution.link() == Link.PREVIOUS || attribution.link() == Link.NEXT && i > 0
					&& paragraphOf(layout, found.get(i - 1)) == paragraphOf(layout, attribution)) {
				// a quotation left open at the paragraph's end continues the speaker quoted before it in the paragraph
				int source = attribution.link() == Link.NEXT ? i - 1 : previousSpeaker(layout, found, i);
				// the previous statement may itself wait for the one after it: then this one waits too
				if (source >= 0 && speakers[source] != null) {
					speakers[i] = speakers[source];
					attributedBy[i] = attributedBy[source] >= 0 ? attributedBy[source] : source;
					resolver.repeat(speakers[i], attribution.contentStart());
				}
			}
		}
		for (int i = found.size() - 1; i >= 0; i--) {
			if (speakers[i] == null && i + 1 < found.size() && speakers[i + 1] != null
					&& sameOrNextParagraph(layout, found.get(i), found.get(i + 1))) {
				speakers[i] = speakers[i + 1];
				attributedBy[i] = attributedBy[i + 1] >= 0 ? attributedBy[i + 1] : i + 1;
			}
		}
		List<ProposedClaim> proposed = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			if (speakers[i] != null) {
				Attribution source = attributedBy[i] >= 0 ? found.get(attributedBy[i]) : null;
				proposed.add(toClaim(layout, found.get(i), speakers[i], source));
			}
		}
		return proposed;
	}

	/** The statement whose speaker a standing quotation takes: in its paragraph, else just before it. */
	private static int previousSpeaker(TextLayout layout, List<Attribution> found, int i) {
		int paragraph = paragraphOf(layout, found.get(i));
		if (i > 0 && paragraphOf(layout, found.get(i - 1)) == paragraph) {
			return i - 1;
		}
		if (i + 1 < found.size() && paragraphOf(layout, found.get(i + 1)) == paragraph) {
			return -1; // taken afterwards from the statement that follows in the paragraph
		}
		if (i > 0 && paragraphOf(layout, found.get(i - 1)) == paragraph - 1) {
			return i - 1;
		}
		return -1;
	}

	private static int paragraphOf(TextLayout layout, Attribution attribution) {
		return layout.units.get(attribution.unit()).paragraph();
	}

	private static boolean sameOrNextParagraph(TextLayout layout, Attribution a, Attribution b) {
		int pa = paragraphOf(layout, a);
		int pb = paragraphOf(layout, b);
		return pb == pa || (pb == pa + 1 && a.link() == Link.NEXT);
	}

	/**
	 * The claim with its passage: the sentence that holds it and, for a quotation that takes its speaker from a
	 * neighbour in the same paragraph, the sentences from there, so that the passage shows the attribution.
	 */
	private static ProposedClaim toClaim(TextLayout layout, Attribution attribution, Speaker speaker,
			Attribution attributing) {
		Unit unit = layout.units.get(attribution.unit());
		int passageStart = Math.min(unit.start(), attribution.contentStart());
		int passageEnd = Math.max(unit.end(), attribution.contentEnd());
		if (attributing != null && paragraphOf(layout, attributing) == unit.paragraph()) {
			Unit other = layout.units.get(attributing.unit());
			passageStart = Math.min(passageStart, other.start());
			passageEnd = Math.max(passageEnd, other.end());
		}
		String passage = layout.text.substring(passageStart, passageEnd);
		String content = layout.text.substring(attribution.contentStart(), attribution.contentEnd());
		String mention = attribution.mention() == null ? speaker.mention() : attribution.mention();
		String cue = attribution.cue() == null && attributing != null ? attributing.cue() : attribution.cue();
		return new ProposedClaim(content, attribution.direct(), cue, mention, speaker.proposed(),
				attribution.contentStart() - passageStart, passage);
	}

}
