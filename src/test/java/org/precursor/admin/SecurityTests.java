package org.precursor.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.precursor.support.Fixtures;
import org.precursor.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.precursor.support.AdminRequests.admin;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may do what: anonymous readers, editors and admins; CSRF, sign-in, throttling and security headers. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void redirectsAnonymousAdminRequestsToSignIn() throws Exception {
		for (String page : new String[] { "/admin", "/admin/articles/new", "/admin/history", "/admin/accounts" }) {
			mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void anAnonymousPostChangesNothing() throws Exception {
		String title = Fixtures.unique("Anonymous article");

		mvc.perform(post("/admin/articles").with(csrf()).param("url", "https://example.org/anonymous")
			.param("title", title).param("outletName", "Anonymous outlet"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));

		assertThat(count("article where title = '" + title + "'")).isZero();
		assertThat(count("outlet where name = 'Anonymous outlet'")).isZero();
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		String title = Fixtures.unique("Forged article");

		mvc.perform(post("/admin/articles").with(editor()).param("url", "https://example.org/forged")
			.param("title", title).param("outletName", "Reuters"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/session-expired"));
		mvc.perform(get("/session-expired"))
			.andExpect(content().string(containsString("Your form could not be saved")));

		assertThat(count("article where title = '" + title + "'")).isZero();
	}

	@Test
	void editorsChangeContentButNotAccounts() throws Exception {
		mvc.perform(get("/admin/articles/new").with(editor())).andExpect(status().isOk());
		mvc.perform(get("/admin/accounts").with(editor())).andExpect(status().isForbidden());
		String username = Fixtures.unique("sneaky").replace(' ', '-');

		mvc.perform(post("/admin/accounts").with(editor()).with(csrf()).param("username", username)
			.param("password", "a-long-enough-password").param("role", "ADMIN"))
			.andExpect(status().isForbidden());

		assertThat(count("account where username = '" + username + "'")).isZero();
	}

	@Test
	void adminsManageAccounts() throws Exception {
		String username = Fixtures.unique("new-editor").replace(' ', '-');

		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", username)
			.param("password", "a-long-enough-password").param("role", "EDITOR"))
			.andExpect(status().isFound());

		String hash = jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);
		assertThat(hash).startsWith("$2").doesNotContain("a-long-enough-password");
		mvc.perform(get("/admin/accounts").with(admin())).andExpect(content().string(containsString(username)));
	}

	@Test
	void anAccountsFirstPasswordMustBeLongEnough() throws Exception {
		String username = Fixtures.unique("weak").replace(' ', '-');

		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", username)
			.param("password", "short").param("role", "EDITOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 12 characters.")))
			.andExpect(content().string(containsString("value=\"" + username + "\"")));

		assertThat(count("account where username = '" + username + "'")).isZero();
	}

	@Test
	void publicPagesStayOpenAndOfferSignIn() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/login\"")))
			.andExpect(content().string(not(containsString("Sign out"))));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void signsInWithTheStoredAccountAndChangesTheSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		// As a browser does, the sign-in form is sent with the cookie of the session that showed it.
		RequestPostProcessor sessionCookie = request -> {
			request.setRequestedSessionId(before);
			request.setRequestedSessionIdFromCookie(true);
			return request;
		};

		MvcResult result = mvc.perform(post("/login").session(session).with(sessionCookie).with(csrf()).with(from("10.0.0.1"))
			.param("username", TestAdmin.USERNAME).param("password", TestAdmin.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"))
			.andReturn();

		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
		mvc.perform(get("/admin").session((MockHttpSession) result.getRequest().getSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign out")));
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		mvc.perform(post("/login").with(csrf()).with(from("10.0.0.2")).param("username", TestAdmin.USERNAME)
			.param("password", "not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("That username and password do not match an account.")));
	}

	@Test
	void throttlesSignInAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
		String username = Fixtures.unique("target").replace(' ', '-');
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", username)
			.param("password", "the-right-password").param("role", "EDITOR"));
		for (int attempt = 0; attempt < LoginThrottle.FAILURES_PER_USERNAME; attempt++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.0.0.3")).param("username", username)
				.param("password", "guess-" + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(post("/login").with(csrf()).with(from("10.0.0.3")).param("username", username)
			.param("password", "the-right-password"))
			.andExpect(redirectedUrl("/login?throttled=15"));
		mvc.perform(get("/login").param("throttled", "15"))
			.andExpect(content().string(containsString("Too many failed sign-ins. For your security, wait 15 minutes")));
		// Other accounts are not locked out by someone guessing this one's password.
		mvc.perform(post("/login").with(csrf()).with(from("10.0.0.4")).param("username", "nobody")
			.param("password", "guess")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void sendsSecurityHeadersWithAPolicyThatAllowsNoInlineScriptsOrStyles() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
					containsString("style-src 'self'"), containsString("frame-ancestors 'none'"),
					not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void signingOutNeedsAPostWithItsToken() throws Exception {
		mvc.perform(post("/logout").with(editor())).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(editor()).with(csrf())).andExpect(redirectedUrl("/login?signed-out"));
	}

	/** Each test signs in from its own address, so that address throttling in one cannot affect another. */
	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long count(String tableAndCondition) {
		Long count = jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
		return count == null ? 0 : count;
	}

}
