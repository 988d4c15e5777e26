package org.precursor.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Public pages are open and read-only; everything under /admin needs a signed-in editor. */
@Configuration
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/admin/**").authenticated()
			.anyRequest().permitAll())
			.formLogin(form -> form.permitAll())
			.logout(logout -> logout.permitAll());
		return http.build();
	}

}
