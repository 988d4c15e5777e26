package org.precursor.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarOutletsTests {

	@Test
	void aTypoOrAMissingLetterIsCloseToTheRecordedName() {
		assertThat(SimilarOutlets.isClose(SimilarOutlets.letters("Reuter"), SimilarOutlets.letters("Reuters"))).isTrue();
		assertThat(SimilarOutlets.isClose(SimilarOutlets.letters("Reutres"), SimilarOutlets.letters("Reuters"))).isTrue();
		assertThat(SimilarOutlets.isClose(SimilarOutlets.letters("global news"), SimilarOutlets.letters("Global News")))
			.isTrue();
		assertThat(SimilarOutlets.isClose(SimilarOutlets.letters("Associated"), SimilarOutlets.letters("Associated Press")))
			.isTrue();
	}

	@Test
	void aDifferentOutletIsNotClose() {
		assertThat(SimilarOutlets.isClose(SimilarOutlets.letters("AFP"), SimilarOutlets.letters("AP"))).isFalse();
		assertThat(SimilarOutlets.isClose(SimilarOutlets.letters("Politico"), SimilarOutlets.letters("Reuters")))
			.isFalse();
		assertThat(SimilarOutlets.isClose(SimilarOutlets.letters("BBC"), SimilarOutlets.letters("CBC"))).isFalse();
	}

	@Test
	void countsEditsBetweenNames() {
		assertThat(SimilarOutlets.distance("reuters", "reuters")).isZero();
		assertThat(SimilarOutlets.distance("reuter", "reuters")).isEqualTo(1);
		assertThat(SimilarOutlets.distance("reutres", "reuters")).isEqualTo(1);
		assertThat(SimilarOutlets.distance("kitten", "sitting")).isEqualTo(3);
	}

}
