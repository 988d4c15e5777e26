package org.precursor.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsernamesTests {

	@Test
	void foldsCaseCompatibleFormsAndTheDotlessIIntoOneName() {
		assertThat(Usernames.normalise(" Admin ")).isEqualTo("admin");
		assertThat(Usernames.normalise("adm\u0131n")).isEqualTo("admin");
		assertThat(Usernames.normalise("\uff41\uff44\uff4d\uff49\uff4e")).isEqualTo("admin");
		assertThat(Usernames.normalise("ADM\u0130N")).isEqualTo(Usernames.normalise("adm\u0130n"));
	}

	@Test
	void keepsNamesThatReallyDifferApart() {
		assertThat(Usernames.normalise("alice")).isNotEqualTo(Usernames.normalise("alicia"));
	}

}
