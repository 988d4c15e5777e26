package org.precursor.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesLowercaseHyphenatedSlugsFromNames() {
		assertThat(Slugs.of("Erin O’Toole")).isEqualTo("erin-otoole");
		assertThat(Slugs.of("Guillaume Bérubé")).isEqualTo("guillaume-berube");
		assertThat(Slugs.of("House Select Committee on the CCP")).isEqualTo("house-select-committee-on-the-ccp");
	}

	@Test
	void keepsNonLatinLettersSoChineseNamesStillGetASlug() {
		assertThat(Slugs.of("习近平")).isEqualTo("习近平");
		assertThat(Slugs.of("!!!")).isEqualTo("untitled");
	}

	@Test
	void validatesSlugs() {
		assertThat(Slugs.isValid("liu-pengyu")).isTrue();
		assertThat(Slugs.isValid("Liu Pengyu")).isFalse();
		assertThat(Slugs.isValid("-leading")).isFalse();
	}

}
