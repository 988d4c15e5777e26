package org.precursor.supplychain;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.precursor.article.DatePrecision;
import org.precursor.claim.ClaimKind;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceClaimTests {

	@Test
	void showsAStatedDateAsADay() {
		assertThat(claim(ClaimKind.DIRECT_QUOTE, null, LocalDate.of(2024, 4, 16), DatePrecision.STATED).dateLabel())
			.isEqualTo("16 Apr 2024");
	}

	@Test
	void marksAnInferredDateInsteadOfShowingABareDay() {
		assertThat(claim(ClaimKind.REPORTED_SPEECH, null, LocalDate.of(2024, 11, 26), DatePrecision.INFERRED)
			.dateLabel()).isEqualTo("c. Nov 2024, inferred");
	}

	@Test
	void prefersTheClaimsOwnDateToTheArticles() {
		EvidenceClaim claim = claim(ClaimKind.DIRECT_QUOTE, LocalDate.of(2024, 4, 24), LocalDate.of(2024, 4, 25),
				DatePrecision.INFERRED);

		assertThat(claim.dateLabel()).isEqualTo("24 Apr 2024");
		assertThat(claim.effectivePrecision()).isEqualTo(DatePrecision.STATED);
	}

	@Test
	void saysWhenTheDateIsUnknown() {
		assertThat(claim(ClaimKind.DIRECT_QUOTE, null, null, DatePrecision.UNKNOWN).dateLabel())
			.isEqualTo("date unknown");
	}

	@Test
	void treatsOnlyDirectQuotesAsQuotations() {
		assertThat(claim(ClaimKind.DIRECT_QUOTE, null, null, DatePrecision.UNKNOWN).quotation()).isTrue();
		assertThat(claim(ClaimKind.REPORTED_SPEECH, null, null, DatePrecision.UNKNOWN).quotation()).isFalse();
		assertThat(claim(ClaimKind.REPORT_FINDING, null, null, DatePrecision.UNKNOWN).quotation()).isFalse();
	}

	@Test
	void creditsTheOriginalOutletAndNamesTheRepublisher() {
		EvidenceClaim claim = claim(ClaimKind.DIRECT_QUOTE, null, null, DatePrecision.UNKNOWN);

		assertThat(claim.reportingOutletName()).isEqualTo("Associated Press");
		assertThat(claim.republisherName()).isEqualTo("Unidentified blog");
	}

	@Test
	void matchesAScopeByClaimantAndByEitherOutlet() {
		EvidenceClaim claim = claim(ClaimKind.DIRECT_QUOTE, null, null, DatePrecision.UNKNOWN);

		assertThat(claim.matches(new EvidenceScope(Set.of(5L), null))).isTrue();
		assertThat(claim.matches(new EvidenceScope(Set.of(6L), null))).isFalse();
		assertThat(claim.matches(new EvidenceScope(null, 20L))).as("republishing outlet").isTrue();
		assertThat(claim.matches(new EvidenceScope(null, 21L))).as("original outlet").isTrue();
		assertThat(claim.matches(new EvidenceScope(Set.of(5L), 22L))).isFalse();
	}

	private static EvidenceClaim claim(ClaimKind kind, LocalDate madeOn, LocalDate publishedOn,
			DatePrecision precision) {
		return new EvidenceClaim(1, EvidenceRole.ASSERTS, 2, "ap-21", kind, "Words", 5, "liu-pengyu", "Liu Pengyu",
				3, "A story", null, 20, "unidentified-blog", "Unidentified blog", 21L, "ap", "Associated Press", madeOn,
				publishedOn, precision);
	}

}
