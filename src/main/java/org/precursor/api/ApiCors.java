package org.precursor.api;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Lets pages on any other site read the open data with {@code fetch}: GET and HEAD only, without credentials. It
 * runs before the readers' page cache, so a kept answer carries the same CORS headers as a fresh one.
 */
@Configuration(proxyBeanMethods = false)
class ApiCors {

	/** After the security filters (order -100), before {@code web.PublicPageCache} (order 0). */
	static final int ORDER = -10;

	@Bean
	FilterRegistrationBean<CorsFilter> openDataCors() {
		CorsConfiguration reading = new CorsConfiguration();
		reading.setAllowedOrigins(List.of("*"));
		reading.setAllowedMethods(List.of("GET", "HEAD"));
		reading.setAllowedHeaders(List.of("If-None-Match", "If-Modified-Since", "Accept"));
		reading.setExposedHeaders(List.of("ETag", "Location"));
		reading.setAllowCredentials(false);
		reading.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource paths = new UrlBasedCorsConfigurationSource();
		for (String path : List.of("/api/**", "/v3/api-docs/**", "/export/**", "/feed.atom", "/feeds/**",
				"/supply-chain.json", "/network.json")) {
			paths.registerCorsConfiguration(path, reading);
		}
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(paths));
		registration.setOrder(ORDER);
		return registration;
	}

}
