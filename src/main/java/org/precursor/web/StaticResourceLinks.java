package org.precursor.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Leaves the links in pages as written instead of rewriting them to versioned resource addresses. With the
 * WebJars locator on the classpath, Boot would register a filter that looks every {@code @{...}} link up among
 * the static resources; since static resources are served from {@code /**}, that means several class-path
 * searches for each link to an actor or a claim, and pages with a few hundred links spent most of their time
 * there. Our resource links need no rewriting: WebJars are addressed without a version and resolved on request.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
