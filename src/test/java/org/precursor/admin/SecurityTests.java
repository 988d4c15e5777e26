package org.precursor.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.precursor.support.Fixtures;
import org.precursor.support.SessionCookieClient;
import org.precursor.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.precursor.support.AdminRequests.admin;
import static org.precursor.support.AdminRequests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
	void aFormSentAfterItsStoredSessionExpiredGetsTheSessionExpiredPage() throws Exception {
		SessionCookieClient browser = new SessionCookieClient(mvc);
		String form = browser.perform(get("/login")).andReturn().getResponse().getContentAsString();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).as("the sign-in form carries its CSRF token").isTrue();

		// What the expired-session clean-up of any instance does.
		assertThat(jdbc.update("delete from spring_session where session_id = ?", browser.sessionId())).isOne();

		browser.perform(post("/login").param("_csrf", token.group(1)).with(from("10.0.0.9"))
			.param("username", TestAdmin.USERNAME).param("password", TestAdmin.PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/session-expired"));
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
		// As a browser does, the sign-in form is sent with the cookie of the session that showed it.
		SessionCookieClient browser = new SessionCookieClient(mvc);
		browser.perform(get("/login")).andExpect(status().isOk());
		String before = browser.sessionId();
		assertThat(before).as("the sign-in form's session, which holds its CSRF token").isNotNull();

		browser.perform(post("/login").with(csrf()).with(from("10.0.0.1")).param("username", TestAdmin.USERNAME)
			.param("password", TestAdmin.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"));

		assertThat(browser.sessionId()).isNotEqualTo(before);
		assertThat(jdbc.queryForList("select principal_name from spring_session where session_id = ?", String.class,
				browser.sessionId())).as("the signed-in session, stored in the database").containsExactly(TestAdmin.USERNAME);
		assertThat(count("spring_session where session_id = '" + before + "'")).as("the session id before sign-in")
			.isZero();
		browser.perform(get("/admin"))
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
	void throttlesAnAddressThatKeepsGuessingOneUsernameEvenWithTheRightPassword() throws Exception {
		String username = newEditor("target", "the-right-password");
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.0.0.3")).param("username", username)
				.param("password", "guess-" + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(post("/login").with(csrf()).with(from("10.0.0.3")).param("username", username)
			.param("password", "the-right-password"))
			.andExpect(redirectedUrl("/login?throttled=1"));
		mvc.perform(get("/login").param("throttled", "1"))
			.andExpect(content().string(containsString("Too many failed sign-ins. For your security, wait 1 minute")));
		// Other accounts are not locked out by someone guessing this one's password.
		mvc.perform(post("/login").with(csrf()).with(from("10.0.0.4")).param("username", "nobody")
			.param("password", "guess")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aStrangersWrongPasswordsDoNotLockTheAdminOut() throws Exception {
		for (int attempt = 0; attempt < 25; attempt++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.0.5.1")).param("username", TestAdmin.USERNAME)
				.param("password", "guess-" + attempt));
		}

		mvc.perform(post("/login").with(csrf()).with(from("10.0.5.2")).param("username", TestAdmin.USERNAME)
			.param("password", TestAdmin.PASSWORD))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aUsernameSpelledWithLookAlikeLettersSharesTheAccountsThrottle() throws Exception {
		for (String spelling : new String[] { "adm\u0131n", "ADMIN", "\uff41\uff44\uff4d\uff49\uff4e", "adm\u0131n", "Admin" }) {
			mvc.perform(post("/login").with(csrf()).with(from("10.0.6.1")).param("username", spelling)
				.param("password", "guess"))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(post("/login").with(csrf()).with(from("10.0.6.1")).param("username", "adm\u0131n")
			.param("password", TestAdmin.PASSWORD))
			.andExpect(redirectedUrl("/login?throttled=1"));
		mvc.perform(post("/login").with(csrf()).with(from("10.0.6.1")).param("username", TestAdmin.USERNAME)
			.param("password", TestAdmin.PASSWORD))
			.andExpect(redirectedUrl("/login?throttled=1"));
	}

	@Test
	void anAccountNameDifferingOnlyByCaseIsTaken() throws Exception {
		String username = newEditor("twin", "a-long-enough-password");

		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", username.toUpperCase())
			.param("password", "a-long-enough-password").param("role", "EDITOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already an account with this username.")));
	}

	@Test
	void simultaneousWrongPasswordsFromOneAddressAreThrottledLikeConsecutiveOnes() throws Exception {
		String username = Fixtures.unique("crowd").replace(' ', '-').toLowerCase();
		int attempts = 40;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				String guess = "guess-" + i;
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(post("/login").with(csrf()).with(from("10.0.7.1")).param("username", username)
						.param("password", guess)).andReturn().getResponse().getRedirectedUrl();
				}));
			}
			start.countDown();
			List<String> redirects = new ArrayList<>();
			for (Future<String> answer : answers) {
				redirects.add(answer.get(60, TimeUnit.SECONDS));
			}

			assertThat(redirects).filteredOn("/login?error"::equals).as("passwords checked").hasSize(5);
			assertThat(redirects).filteredOn(url -> url.startsWith("/login?throttled=")).hasSize(attempts - 5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aPasswordLongerThan72BytesIsRefusedBesideTheFieldOnEveryForm() throws Exception {
		String tooLong = "\u4e2d".repeat(40);
		String username = Fixtures.unique("wide").replace(' ', '-').toLowerCase();

		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", username)
			.param("password", tooLong).param("role", "EDITOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("it takes 120 bytes and at most 72 fit")))
			.andExpect(content().string(containsString("value=\"" + username + "\"")));
		assertThat(count("account where username = '" + username + "'")).isZero();

		String editor = newEditor("widening", "the-right-password");
		mvc.perform(post("/admin/password").with(user(editor).roles("EDITOR")).with(csrf())
			.param("currentPassword", "the-right-password").param("newPassword", tooLong)
			.param("repeatPassword", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"newPassword-error\"")))
			.andExpect(content().string(containsString("it takes 120 bytes and at most 72 fit")));

		mvc.perform(post("/login").with(csrf()).with(from("10.0.8.1")).param("username", editor)
			.param("password", tooLong))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aTooLongCurrentPasswordIsJustTheWrongOne() throws Exception {
		String editor = newEditor("long-current", "the-right-password");

		mvc.perform(post("/admin/password").with(user(editor).roles("EDITOR")).with(csrf())
			.param("currentPassword", "\u4e2d".repeat(40)).param("newPassword", "another-good-password")
			.param("repeatPassword", "another-good-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")));
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

	private String newEditor(String name, String password) throws Exception {
		String username = Fixtures.unique(name).replace(' ', '-').toLowerCase();
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", username)
			.param("password", password).param("role", "EDITOR"))
			.andExpect(status().isFound());
		return username;
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
