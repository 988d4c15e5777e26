package org.precursor.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off the rewriting of every link a template builds. With WebJars on the classpath the resource chain is on,
 * and its encoding filter then looks each {@code @{...}} link up as a static file on the classpath, which made a
 * page with a few hundred links take tens of milliseconds longer. The site versions no resource URLs, and
 * version-less WebJar paths are resolved when requested, so nothing needs rewriting.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrls {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
