package org.precursor.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in users for MockMvc requests; their names end up in the change history. */
public final class AdminRequests {

	private AdminRequests() {
	}

	public static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	public static RequestPostProcessor editor(String name) {
		return user(name).roles("EDITOR");
	}

	public static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
