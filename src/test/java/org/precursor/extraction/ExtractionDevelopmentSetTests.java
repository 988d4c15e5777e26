package org.precursor.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor on the development set (the seed claims' passages), held to a little under what it reaches, so that
 * a change that loses statements or speakers fails here.
 */
class ExtractionDevelopmentSetTests {

	@Test
	void keepsItsScoresOnTheSeedPassages() {
		ExtractionScore score = DevelopmentSet.score(new AttributionExtractor(SeedFiles::gazetteer));

		assertThat(score.overlapPrecision()).as(score.summary()).isGreaterThanOrEqualTo(0.98);
		assertThat(score.overlapRecall()).as(score.summary()).isGreaterThanOrEqualTo(0.90);
		assertThat(score.matchPrecision()).as(score.summary()).isGreaterThanOrEqualTo(0.99);
		assertThat(score.speakerAccuracy()).as(score.summary()).isGreaterThanOrEqualTo(0.88);
		assertThat(score.directRecall()).as(score.summary()).isGreaterThanOrEqualTo(0.98);
	}

}
