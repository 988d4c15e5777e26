package org.precursor.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CanonicalUrlTests {

	@Test
	void ignoresSchemeAndHostCaseTrailingSlashTrackingAndFragment() {
		assertThat(CanonicalUrl.of("HTTPS://WWW.Reuters.com/world/china-fentanyl/?utm_source=tw&utm_medium=x#comments"))
			.isEqualTo(CanonicalUrl.of("https://www.reuters.com/world/china-fentanyl"));
	}

	@Test
	void keepsMeaningfulQueryParametersAndPathCase() {
		assertThat(CanonicalUrl.of("https://example.com/Story?id=42&utm_campaign=a").value())
			.isEqualTo("https://example.com/Story?id=42");
	}

	@Test
	void dropsDefaultPortsButKeepsOthers() {
		assertThat(CanonicalUrl.of("https://example.com:443/a").value()).isEqualTo("https://example.com/a");
		assertThat(CanonicalUrl.of("http://example.com:8080/a").value()).isEqualTo("http://example.com:8080/a");
	}

	@Test
	void rejectsAddressesThatAreNotWebPages() {
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.of("not a url"));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.of("ftp://example.com/file"));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.of("   "));
	}

}
