package org.precursor.web;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaleEditsTests {

	@Test
	void answersTheWriteWhenNobodySavedMeanwhile() {
		assertThat(StaleEdits.attempt(() -> "saved", () -> "conflict")).isEqualTo("saved");
	}

	@Test
	void answersTheFallbackForAFormOpenedOnAnOlderVersion() {
		assertThat(StaleEdits.<String>attempt(() -> {
			StaleEditException.check(3L, 4L);
			return "saved";
		}, () -> "conflict")).isEqualTo("conflict");
	}

	@Test
	void answersTheFallbackWhenAnotherSaveCommittedFirst() {
		assertThat(StaleEdits.<String>attempt(() -> {
			throw new ObjectOptimisticLockingFailureException(Object.class, 7L);
		}, () -> "conflict")).isEqualTo("conflict");
	}

	@Test
	void letsEveryOtherFailureThrough() {
		assertThatThrownBy(() -> StaleEdits.<String>attempt(() -> {
			throw new NotFoundException("There is no outlet number 9.");
		}, () -> "conflict")).isInstanceOf(NotFoundException.class);
	}

}
