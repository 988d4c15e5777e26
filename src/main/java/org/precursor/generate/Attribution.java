package org.precursor.generate;

import java.util.SplittableRandom;

import org.precursor.claim.ClaimKind;

import static org.precursor.generate.Vocabulary.pick;

/**
 * A claim's content set in the passage that reports it, the way articles attribute statements: a direct quote
 * followed by its speaker, reported speech after the speaker's verb or before "according to", a report's finding,
 * an unnamed source. The content stands verbatim in the passage at {@code contentStart}; it may begin with a
 * capital where the passage's sentence begins with it.
 */
record Attribution(String content, String passage, int contentStart, String cue, String speakerMention) {

	static Attribution of(ClaimKind kind, String content, String speaker, String outlet, SplittableRandom random) {
		StringBuilder passage = new StringBuilder(content.length() * 2 + 80);
		if (random.nextInt(100) < 35) {
			passage.append(pick(Vocabulary.LEADS, random)).append(' ');
		}
		Attribution core = switch (kind) {
			case DIRECT_QUOTE -> quoted(passage, content, speaker, outlet, random);
			case REPORTED_SPEECH -> reported(passage, content, speaker, outlet, random);
			case REPORT_FINDING -> finding(passage, content, speaker);
			case UNNAMED_SOURCE -> unnamed(passage, content, outlet, random);
		};
		if (random.nextInt(100) < 30) {
			passage.append(' ').append(pick(Vocabulary.TRAILERS, random));
		}
		return new Attribution(core.content, passage.toString(), core.contentStart, core.cue, core.speakerMention);
	}

	private static Attribution quoted(StringBuilder passage, String content, String speaker, String outlet,
			SplittableRandom random) {
		String quote = SyntheticText.capitalised(content);
		String cue = switch (random.nextInt(6)) {
			case 0 -> "told " + outlet;
			case 1 -> "said in a statement";
			case 2 -> "told reporters";
			case 3 -> "warned";
			case 4 -> "added";
			default -> "said";
		};
		passage.append('"');
		int start = passage.length();
		passage.append(quote).append(",\" ").append(speaker).append(' ').append(cue).append('.');
		return new Attribution(quote, null, start, cue, speaker);
	}

	private static Attribution reported(StringBuilder passage, String content, String speaker, String outlet,
			SplittableRandom random) {
		if (random.nextInt(5) == 0) {
			String sentence = SyntheticText.capitalised(content);
			int start = passage.length();
			passage.append(sentence).append(", according to ").append(speaker).append('.');
			return new Attribution(sentence, null, start, "according to", speaker);
		}
		String cue = switch (random.nextInt(6)) {
			case 0 -> "told " + outlet;
			case 1 -> "argued";
			case 2 -> "warned";
			case 3 -> "said in a statement";
			case 4 -> "told lawmakers";
			default -> "said";
		};
		passage.append(SyntheticText.capitalised(speaker)).append(' ').append(cue).append(' ');
		int start = passage.length();
		passage.append(content).append('.');
		return new Attribution(content, null, start, cue, speaker);
	}

	private static Attribution finding(StringBuilder passage, String content, String speaker) {
		passage.append("A report by ").append(speaker).append(" found that ");
		int start = passage.length();
		passage.append(content).append('.');
		return new Attribution(content, null, start, "found", speaker);
	}

	private static Attribution unnamed(StringBuilder passage, String content, String outlet, SplittableRandom random) {
		String speaker = pick(Vocabulary.UNNAMED_SPEAKERS, random);
		String cue = random.nextInt(4) == 0 ? "told " + outlet : "said";
		String sentence = SyntheticText.capitalised(content);
		int start = passage.length();
		passage.append(sentence).append(", ").append(speaker).append(' ').append(cue).append('.');
		return new Attribution(sentence, null, start, cue, speaker);
	}

}
