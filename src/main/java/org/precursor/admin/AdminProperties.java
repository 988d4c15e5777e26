package org.precursor.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin account, created at start-up when there is none: {@code PRECURSOR_ADMIN_USERNAME} and
 * {@code PRECURSOR_ADMIN_PASSWORD} (or {@code precursor.admin.username} and {@code precursor.admin.password}).
 */
@ConfigurationProperties("precursor.admin")
record AdminProperties(String username, String password) {

	static final String DEFAULT_USERNAME = "admin";

	String usernameOrDefault() {
		return username == null || username.isBlank() ? DEFAULT_USERNAME : username.strip();
	}

}
