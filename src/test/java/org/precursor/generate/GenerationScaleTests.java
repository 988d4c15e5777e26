package org.precursor.generate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerationScaleTests {

	@Test
	void scalesEveryKindOfRecordFromTheClaims() {
		assertThat(GenerationScale.of(2_000_000))
			.isEqualTo(new GenerationScale(2_000_000, 400_000, 300_000, 2_000, 500, 20_000));
	}

	@Test
	void keepsOutletsAndPropositionsWithinTheirBounds() {
		assertThat(GenerationScale.of(5_000)).isEqualTo(new GenerationScale(5_000, 1_000, 750, 10, 5, 50));
		assertThat(GenerationScale.of(10_000_000).outlets()).isEqualTo(2_000);
		assertThat(GenerationScale.of(10_000_000).propositions()).isEqualTo(500);
	}

	@Test
	void refusesTooFewClaimsToScaleFrom() {
		assertThatThrownBy(() -> GenerationScale.of(99)).hasMessage("Generate at least 100 claims, not 99.");
	}

}
