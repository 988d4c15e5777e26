package org.precursor.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDateTests {

	@Test
	void showsAStatedDateAsADay() {
		PublicationDate date = PublicationDate.of(LocalDate.of(2024, 4, 16), DatePrecision.STATED, null);

		assertThat(date.label()).isEqualTo("16 Apr 2024");
		assertThat(date.machineValue()).isEqualTo("2024-04-16");
	}

	@Test
	void marksAnInferredDateAndGivesOnlyItsMonth() {
		PublicationDate date = PublicationDate.of(LocalDate.of(2018, 12, 1), DatePrecision.INFERRED, "G20 summit");

		assertThat(date.label()).isEqualTo("c. Dec 2018, inferred");
		assertThat(date.machineValue()).isEqualTo("2018-12");
		assertThat(date.isInferred()).isTrue();
	}

	@Test
	void saysSoWhenThereIsNoDate() {
		PublicationDate date = PublicationDate.of(null, DatePrecision.STATED, null);

		assertThat(date.precision()).isEqualTo(DatePrecision.UNKNOWN);
		assertThat(date.label()).isEqualTo("Date unknown");
		assertThat(date.machineValue()).isNull();
	}

	@Test
	void datesAClaimByItsOwnDayButNoSurerThanItsArticle() {
		LocalDate published = LocalDate.of(2024, 11, 26);

		assertThat(PublicationDate.ofClaim(LocalDate.of(2024, 11, 25), published, DatePrecision.INFERRED, null)
			.label()).isEqualTo("c. Nov 2024, inferred");
		assertThat(PublicationDate.ofClaim(LocalDate.of(2023, 7, 12), LocalDate.of(2023, 7, 17),
				DatePrecision.STATED, null).label()).isEqualTo("12 Jul 2023");
		assertThat(PublicationDate.ofClaim(null, published, DatePrecision.STATED, null).date()).isEqualTo(published);
		assertThat(PublicationDate.ofClaim(LocalDate.of(2024, 4, 24), null, DatePrecision.UNKNOWN, null).label())
			.isEqualTo("24 Apr 2024");
	}

}
