package org.precursor.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** {@code POST /api/extractions} with the application's own extractor, on a short news text. */
@SpringBootTest
@AutoConfigureMockMvc
class ExtractionWithTheExtractorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Test
	void proposesTheQuoteAndTheReportedSpeechOfANewsText() throws Exception {
		String text = """
				Customs officers seized six pill presses at the port of Long Beach on Tuesday.

				“These machines can make thousands of counterfeit pills an hour,” the Drug Enforcement Administration said in a statement.

				China's foreign ministry said that Beijing had tightened controls on precursor chemicals.""";

		MockHttpServletResponse response = mvc.perform(post("/api/extractions").with(editor())
			.contentType(MediaType.TEXT_PLAIN).content(text)).andReturn().getResponse();

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode claims = JSON.readTree(response.getContentAsString()).get("claims");
		assertThat(claims).hasSize(2);
		JsonNode quote = claims.get(0);
		assertThat(quote.get("content").asString()).isEqualTo("These machines can make thousands of counterfeit pills an hour");
		assertThat(quote.get("direct").asBoolean()).isTrue();
		assertThat(quote.get("speaker").get("actor").asString()).isEqualTo("dea");
		assertThat(quote.get("passage").asString().substring(quote.get("contentStart").asInt()))
			.startsWith(quote.get("content").asString());
		JsonNode reported = claims.get(1);
		assertThat(reported.get("direct").asBoolean()).isFalse();
		assertThat(reported.get("content").asString()).contains("tightened controls on precursor chemicals");
	}

}
