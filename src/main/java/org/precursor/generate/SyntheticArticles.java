package org.precursor.generate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.precursor.article.DatePrecision;

import static org.precursor.generate.Vocabulary.pick;

/**
 * Writes the synthetic articles: an outlet drawn by Zipf (sometimes republishing another's story), a headline, a
 * unique address under {@code synthetic.example}, a date between 2015 and late 2026 (recent years more often, a
 * few inferred, a few unknown), authors, language and summary, never a body.
 */
final class SyntheticArticles {

	static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2026, 10, 31);

	private final RankedOutlets outlets;

	private final RandomStreams streams;

	SyntheticArticles(RankedOutlets outlets, RandomStreams streams) {
		this.outlets = outlets;
		this.streams = streams;
	}

	void write(BulkWriter writer, ArticleLayout layout, long firstId, Progress progress) throws SQLException {
		BulkWriter.Insert article = writer.insert("article", "id", "outlet_id", "original_outlet_id", "title", "url",
				"published_on", "date_precision", "date_note", "authors", "language", "summary", "off_topic");
		for (int i = 0; i < layout.articles(); i++) {
			SplittableRandom random = streams.of(RandomStreams.ARTICLE, i);
			int outlet = outlets.draw(random);
			int original = random.nextInt(100) < 8 ? outlets.drawOtherThan(outlet, random) : -1;
			DatePrecision precision = precision(random);
			LocalDate published = precision == DatePrecision.UNKNOWN ? null : date(random);
			String title = SyntheticText.headline(random);
			boolean offTopic = random.nextInt(100) == 0;
			layout.describe(i, published, original >= 0 ? original : outlet, offTopic);
			article.value(firstId + i).value(outlets.id(outlet)).reference(original < 0 ? 0 : outlets.id(original))
				.value(title).value(url(outlet, published, title, i + 1)).value(published).value(precision.name())
				.value(note(precision)).value(authors(random)).value(language(random))
				.value(random.nextInt(10) < 8 ? "Synthetic report on " + pick(Vocabulary.SUBJECTS, random) + " and "
						+ pick(Vocabulary.SUBJECTS, random) + "." : null)
				.value(offTopic)
				.add();
			writer.rowDone();
			progress.advanced(i + 1);
		}
		writer.endPhase();
	}

	/** A day in the range, later days more likely: coverage of the trade grew year by year. */
	static LocalDate date(SplittableRandom random) {
		long span = LATEST.toEpochDay() - EARLIEST.toEpochDay();
		return EARLIEST.plusDays((long) (Math.sqrt(random.nextDouble()) * span));
	}

	private static DatePrecision precision(SplittableRandom random) {
		int draw = random.nextInt(100);
		return draw < 85 ? DatePrecision.STATED : draw < 98 ? DatePrecision.INFERRED : DatePrecision.UNKNOWN;
	}

	private static String note(DatePrecision precision) {
		return switch (precision) {
			case STATED -> null;
			case INFERRED -> "Not dated in the source; inferred from the events it reports.";
			case UNKNOWN -> "The source gives no date.";
		};
	}

	private String url(int outlet, LocalDate published, String title, int number) {
		String day = published == null ? "undated" : published.toString().replace('-', '/');
		return "https://synthetic.example/" + outlets.slug(outlet) + "/" + day + "/" + SyntheticText.slug(title, number);
	}

	private static String authors(SplittableRandom random) {
		int draw = random.nextInt(10);
		return draw < 4 ? null : draw < 8 ? SyntheticText.personName(random)
				: SyntheticText.personName(random) + " and " + SyntheticText.personName(random);
	}

	private static String language(SplittableRandom random) {
		return random.nextInt(100) < 92 ? "en" : pick(Vocabulary.LANGUAGES, random);
	}

}
