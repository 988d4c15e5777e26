package org.precursor.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON-LD stands safely inside its script element whatever the words hold, and still reads back the same. */
class JsonLdTests {

	@Test
	void noWordsCanEndTheScriptElementOrOpenAnother() {
		String words = "</script><script>alert(1)</script> & <!-- \u2028 \u2029 “quoted”";
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@type", "Claim");
		document.put("text", words);

		String json = JsonLd.of(document).json();

		assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
			.doesNotContain("\u2029");
		JsonNode read = JsonMapper.builder().build().readTree(json);
		assertThat(read.get("text").asString()).isEqualTo(words);
		assertThat(read.get("@type").asString()).isEqualTo("Claim");
	}

}
