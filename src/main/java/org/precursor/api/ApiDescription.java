package org.precursor.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /v3/api-docs} says about the open data as a whole; each address is described on its controller. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI openDataDescription() {
		return new OpenAPI().info(new Info().title("Precursor open data")
			.version("1")
			.description("""
					Actors, articles, claims, outlets, propositions and the supply chain as JSON, the claims as CSV \
					and the newest claims as Atom feeds. Identifiers are those of the site's pages: slugs for actors, \
					outlets and propositions, numbers for articles and claims. Fields may be added, never renamed or \
					removed. Lists come a page at a time (page from 1, size at most 100) with their total and the \
					addresses of the next and previous pages. Errors are RFC 9457 problem documents. Writing needs an API \
					token, made by an admin at /admin/tokens, sent as "Authorization: Bearer <token>"."""))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

}
