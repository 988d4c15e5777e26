package org.precursor.claim;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.precursor.proposition.Stance;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimFilterTests {

	@Test
	void readsEveryFilterFromTheAddress() {
		ClaimFilter filter = ClaimFilter.parse(params("outlet=ap", "outlet=reuters", "claimant=china",
				"rollup=true", "about=united-states", "proposition=china-main-source", "stance=disputes",
				"kind=direct-quote", "from=2024-01-01", "to=2024-12-31", "q=PRC", "sort=oldest", "page=3"));

		assertThat(filter.outlets()).containsExactly("ap", "reuters");
		assertThat(filter.claimant()).isEqualTo("china");
		assertThat(filter.rollup()).isTrue();
		assertThat(filter.about()).isEqualTo("united-states");
		assertThat(filter.proposition()).isEqualTo("china-main-source");
		assertThat(filter.stance()).isEqualTo(Stance.DISPUTES);
		assertThat(filter.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
		assertThat(filter.from()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(filter.to()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(filter.q()).isEqualTo("PRC");
		assertThat(filter.sort()).isEqualTo(ClaimFilter.Sort.OLDEST);
		assertThat(filter.page()).isEqualTo(3);
		assertThat(filter.ignored()).isEmpty();
	}

	@Test
	void writesTheSameFilterBackAsOneCanonicalAddress() {
		String url = "/claims?outlet=ap&outlet=reuters&claimant=china&rollup=true&about=united-states"
				+ "&proposition=china-main-source&stance=disputes&kind=direct-quote&from=2024-01-01&to=2024-12-31"
				+ "&q=PRC&sort=oldest&page=3";

		assertThat(ClaimFilter.parse(params(url.substring("/claims?".length()).split("&"))).url()).isEqualTo(url);
	}

	@Test
	void treatsBlankFieldsAsNoFilterAndLeavesThemOutOfTheAddress() {
		ClaimFilter filter = ClaimFilter.parse(params("q=", "outlet=", "claimant=", "stance=", "kind=", "from=",
				"sort=newest"));

		assertThat(filter.isEmpty()).isTrue();
		assertThat(filter.url()).isEqualTo("/claims");
	}

	@Test
	void dropsValuesThatMakeNoSenseAndSaysWhy() {
		ClaimFilter filter = ClaimFilter.parse(params("stance=endorses", "kind=rumour", "from=yesterday",
				"sort=loudest", "page=x"));

		assertThat(filter.stance()).isNull();
		assertThat(filter.kind()).isNull();
		assertThat(filter.from()).isNull();
		assertThat(filter.sort()).isEqualTo(ClaimFilter.Sort.NEWEST);
		assertThat(filter.page()).isEqualTo(1);
		assertThat(filter.ignored()).hasSize(5).anySatisfy(note -> assertThat(note).contains("endorses"))
			.anySatisfy(note -> assertThat(note).contains("“page” value “x”"));
	}

	@Test
	void rollsUpOnlyWhenAClaimantIsChosen() {
		assertThat(ClaimFilter.parse(params("rollup=true")).rollup()).isFalse();
		assertThat(ClaimFilter.byClaimant("china", true).withClaimant(null, true).rollup()).isFalse();
	}

	@Test
	void changingAFilterGoesBackToTheFirstPage() {
		ClaimFilter onPageThree = ClaimFilter.none().atPage(3);

		assertThat(onPageThree.withOutlet("ap").page()).isEqualTo(1);
		assertThat(onPageThree.withStance(Stance.SUPPORTS).page()).isEqualTo(1);
	}

	@Test
	void addsAndRemovesOutletsWithoutRepeatingThem() {
		ClaimFilter filter = ClaimFilter.byOutlet("ap").withOutlet("reuters").withOutlet("ap");

		assertThat(filter.outlets()).containsExactly("ap", "reuters");
		assertThat(filter.withoutOutlet("ap").outlets()).containsExactly("reuters");
	}

	@Test
	void encodesTextSoAnyQueryMakesAValidAddress() {
		assertThat(ClaimFilter.none().withQuery("tariffs & “bank sanctions”").url())
			.isEqualTo("/claims?q=tariffs%20%26%20%E2%80%9Cbank%20sanctions%E2%80%9D");
	}

	private static MultiValueMap<String, String> params(String... pairs) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			params.add(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return params;
	}

}
