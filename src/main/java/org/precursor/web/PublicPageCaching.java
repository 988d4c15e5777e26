package org.precursor.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link PublicPageCache} after the security filters (which Spring Boot registers at order -100), so that
 * kept pages are served with the security headers and only to readers who are not signed in.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCaching {

	static final int ORDER = 0;

	@Bean
	PublicPageCache publicPageCache(DataVersion dataVersion) {
		return new PublicPageCache(dataVersion);
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(ORDER);
		return registration;
	}

}
