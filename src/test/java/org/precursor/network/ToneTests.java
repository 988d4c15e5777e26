package org.precursor.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToneTests {

	@Test
	void followsTheMajorityOfClaimsAndSaysWhenTheyAreEven() {
		assertThat(Tone.of(3, 1)).isEqualTo(Tone.ACCUSES);
		assertThat(Tone.of(1, 2)).isEqualTo(Tone.DEFENDS);
		assertThat(Tone.of(2, 2)).isEqualTo(Tone.MIXED);
		assertThat(Tone.of(0, 0)).isEqualTo(Tone.MENTIONS);
	}

}
