package org.precursor.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens and Universal Dependencies parts of speech from Apache OpenNLP's English models (UD English-EWT), read from
 * the class path on first use. The models are shared; the taggers that use them are not thread-safe, so each thread
 * keeps its own.
 */
final class PartsOfSpeech {

	private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

	private static final String TAGS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	/** The tokens of a stretch of text, with their offsets in the whole text and their tags (VERB, NOUN, PROPN…). */
	record Tagged(int[] starts, int[] ends, String[] tags) {

		/** The tag of the token starting at this offset, or null when no token starts there. */
		String tagAt(int offset) {
			for (int i = 0; i < starts.length; i++) {
				if (starts[i] == offset) {
					return tags[i];
				}
			}
			return null;
		}

		/** The tag of the token ending before this offset, or null. */
		String tagBefore(int offset) {
			String tag = null;
			for (int i = 0; i < starts.length && ends[i] <= offset; i++) {
				tag = tags[i];
			}
			return tag;
		}

		/** Whether a verb or auxiliary stands in [from, to): the mark of a clause. */
		boolean hasVerb(int from, int to) {
			return firstVerb(from, to) >= 0;
		}

		/** The offset of the first verb or auxiliary in [from, to), or -1. */
		int firstVerb(int from, int to) {
			for (int i = 0; i < starts.length; i++) {
				if (starts[i] >= from && ends[i] <= to && (tags[i].contains("VERB") || tags[i].contains("AUX"))) {
					return starts[i];
				}
			}
			return -1;
		}

	}

	private static final class Models {

		static final TokenizerModel TOKENIZER = load(TOKENS, TokenizerModel::new);

		static final POSModel TAGGER = load(TAGS, POSModel::new);

	}

	private static final ThreadLocal<TokenizerME> TOKENIZERS = ThreadLocal
		.withInitial(() -> new TokenizerME(Models.TOKENIZER));

	private static final ThreadLocal<POSTaggerME> TAGGERS = ThreadLocal.withInitial(() -> new POSTaggerME(Models.TAGGER));

	private PartsOfSpeech() {
	}

	/** Loads the models now, so that the first text does not wait for them. */
	static void warmUp() {
		tag("He said it was ready.", 0, 21);
	}

	static Tagged tag(String text, int start, int end) {
		String stretch = text.substring(start, end);
		Span[] spans = TOKENIZERS.get().tokenizePos(stretch);
		String[] tokens = Span.spansToStrings(spans, stretch);
		String[] tags = TAGGERS.get().tag(tokens);
		int[] starts = new int[spans.length];
		int[] ends = new int[spans.length];
		for (int i = 0; i < spans.length; i++) {
			starts[i] = start + spans[i].getStart();
			ends[i] = start + spans[i].getEnd();
		}
		return new Tagged(starts, ends, tags);
	}

	private interface ModelReader<T> {

		T read(InputStream in) throws IOException;

	}

	private static <T> T load(String resource, ModelReader<T> reader) {
		try (InputStream in = PartsOfSpeech.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
			}
			return reader.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
