package org.precursor.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTests {

	@Test
	void showsTheEdgesAndAWindowAroundTheCurrentPageWithGapsBetween() {
		Pagination pagination = Pagination.of(10, 20, 400, page -> "/claims?page=" + page);

		assertThat(pagination.links()).extracting(Pagination.PageLink::number)
			.containsExactly(1, null, 8, 9, 10, 11, 12, null, 20);
		assertThat(pagination.links()).filteredOn(Pagination.PageLink::current)
			.singleElement()
			.extracting(Pagination.PageLink::url)
			.isEqualTo("/claims?page=10");
		assertThat(pagination.previousUrl()).isEqualTo("/claims?page=9");
		assertThat(pagination.nextUrl()).isEqualTo("/claims?page=11");
	}

	@Test
	void saysWhichItemsThePageHolds() {
		Pagination last = Pagination.of(13, 20, 244, page -> "?page=" + page);

		assertThat(last.firstShown()).isEqualTo(241);
		assertThat(last.lastShown()).isEqualTo(244);
		assertThat(last.nextUrl()).isNull();
	}

	@Test
	void keepsARequestedPageWithinTheList() {
		assertThat(Pagination.of(99, 20, 45, page -> "?page=" + page).page()).isEqualTo(3);
		assertThat(Pagination.of(0, 20, 45, page -> "?page=" + page).page()).isEqualTo(1);
	}

	@Test
	void isNotNeededWhenEverythingFitsOnOnePage() {
		Pagination single = Pagination.of(1, 20, 20, page -> "?page=" + page);

		assertThat(single.isNeeded()).isFalse();
		assertThat(single.previousUrl()).isNull();
		assertThat(single.nextUrl()).isNull();
		assertThat(Pagination.of(1, 20, 0, page -> "?page=" + page).firstShown()).isZero();
	}

}
