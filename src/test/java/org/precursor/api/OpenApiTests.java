package org.precursor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI description is generated from the controllers, so every address under /api is in it. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void describesEveryApiAddressAndMethod() throws Exception {
		JsonNode paths = description().get("paths");
		List<String> routes = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
			.filter(pattern -> pattern.startsWith("/api/") && !pattern.contains("**"))
			.forEach(pattern -> mapping.getMethodsCondition().getMethods().forEach(method -> routes.add(
					method.name().toLowerCase(Locale.ROOT) + " " + pattern))));

		assertThat(routes).hasSizeGreaterThanOrEqualTo(11).contains("get /api/claims", "get /api/supply-chain/links");
		for (String route : routes) {
			String[] parts = route.split(" ");
			assertThat(paths.has(parts[1])).as(route).isTrue();
			JsonNode operation = paths.get(parts[1]).get(parts[0]);
			assertThat(operation).as(route).isNotNull();
			assertThat(operation.get("summary").asString()).as(route).isNotBlank();
		}
	}

	@Test
	void describesTheClaimsFiltersAsParameters() throws Exception {
		List<String> names = new ArrayList<>();
		description().get("paths").get("/api/claims").get("get").get("parameters")
			.forEach(parameter -> names.add(parameter.get("name").asString()));

		assertThat(names).containsExactlyInAnyOrder("outlet", "claimant", "rollup", "about", "proposition", "stance",
				"kind", "from", "to", "q", "sort", "page", "size");
	}

	@Test
	void servesTheBrowsableDescriptionWithInlineStylesAllowedOnlyThere() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("swagger-initializer.js").doesNotContain("<script>");
		assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self';",
				"style-src 'self' 'unsafe-inline';");
		assertThat(mvc.perform(get("/claims")).andReturn().getResponse().getHeader("Content-Security-Policy"))
			.contains("style-src 'self';")
			.doesNotContain("unsafe-inline");
		MockHttpServletResponse initializer = mvc.perform(get("/swagger-ui/swagger-initializer.js"))
			.andReturn()
			.getResponse();
		assertThat(initializer.getContentAsString()).contains("/v3/api-docs");
	}

	private JsonNode description() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.getContentAsString());
	}

}
