package org.precursor.admin;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.precursor.support.Fixtures;
import org.precursor.support.SessionCookieClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.precursor.support.AdminRequests.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Open sessions follow their account: a new role, a removal or a new password counts at the session's next request.
 * Sessions are stored in the database, where a removed account's sessions, and the others of one whose password
 * changed, are deleted at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountSessionsTests {

	private static final String PASSWORD = "the-first-password";

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aDemotedAdminsOpenSessionLosesTheAccountPagesAtItsNextRequest() throws Exception {
		String chief = newAccount("chief", Role.ADMIN);
		SessionCookieClient session = signIn(chief, PASSWORD);
		session.perform(get("/admin/accounts")).andExpect(status().isOk());

		mvc.perform(post("/admin/accounts/{id}/role", idOf(chief)).with(admin()).with(csrf()).param("role", "EDITOR"))
			.andExpect(status().isFound());

		session.perform(get("/admin/accounts")).andExpect(status().isForbidden());
		String sneaky = Fixtures.unique("sneaky").replace(' ', '-').toLowerCase();
		session.perform(post("/admin/accounts").with(csrf()).param("username", sneaky)
			.param("password", "a-long-enough-password").param("role", "ADMIN"))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from account where username = ?", sneaky)).isZero();
		// Still an editor: the content pages stay open.
		session.perform(get("/admin")).andExpect(status().isOk());
	}

	@Test
	void aPromotedEditorsOpenSessionGainsTheAccountPages() throws Exception {
		String editor = newAccount("rising", Role.EDITOR);
		SessionCookieClient session = signIn(editor, PASSWORD);
		session.perform(get("/admin/accounts")).andExpect(status().isForbidden());

		mvc.perform(post("/admin/accounts/{id}/role", idOf(editor)).with(admin()).with(csrf()).param("role", "ADMIN"));

		session.perform(get("/admin/accounts")).andExpect(status().isOk());
	}

	@Test
	void aRemovedAccountsOpenSessionIsSignedOutAndCreatesNothing() throws Exception {
		String leaver = newAccount("leaver", Role.EDITOR);
		SessionCookieClient session = signIn(leaver, PASSWORD);
		session.perform(get("/admin")).andExpect(status().isOk());

		mvc.perform(post("/admin/accounts/{id}/delete", idOf(leaver)).with(admin()).with(csrf()))
			.andExpect(status().isFound());

		String title = Fixtures.unique("Written after removal");
		session.perform(post("/admin/articles").with(csrf())
			.param("url", "https://example.org/" + title.hashCode()).param("title", title)
			.param("outletName", "Reuters").param("publishedOn", "2024-05-01").param("language", "en"))
			.andExpect(redirectedUrl("/login"));
		assertThat(count("select count(*) from article where title = ?", title)).isZero();
		assertThat(count("select count(*) from revision_info where username = ?", leaver)).isZero();
		session.perform(get("/admin")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRemovedAccountCannotSignIn() throws Exception {
		String leaver = newAccount("gone", Role.EDITOR);
		mvc.perform(post("/admin/accounts/{id}/delete", idOf(leaver)).with(admin()).with(csrf()));

		mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).param("username", leaver)
			.param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aPasswordChangeSignsOutTheOtherSessionsAndKeepsTheCurrentOne() throws Exception {
		String user = newAccount("changer", Role.EDITOR);
		SessionCookieClient laptop = signIn(user, PASSWORD);
		SessionCookieClient phone = signIn(user, PASSWORD);

		laptop.perform(post("/admin/password").with(csrf()).param("currentPassword", PASSWORD)
			.param("newPassword", "the-second-password").param("repeatPassword", "the-second-password"))
			.andExpect(redirectedUrl("/admin"));

		laptop.perform(get("/admin")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign out")));
		phone.perform(get("/admin")).andExpect(redirectedUrl("/login"));
		signIn(user, "the-second-password");
	}

	@Test
	void aRemovedAccountsStoredSessionsAreDeletedAtOnce() throws Exception {
		String leaver = newAccount("departing", Role.EDITOR);
		signIn(leaver, PASSWORD);
		signIn(leaver, PASSWORD);
		assertThat(storedSessionsOf(leaver)).isEqualTo(2);

		mvc.perform(post("/admin/accounts/{id}/delete", idOf(leaver)).with(admin()).with(csrf()))
			.andExpect(status().isFound());

		assertThat(storedSessionsOf(leaver)).isZero();
	}

	@Test
	void aPasswordChangeDeletesTheOtherStoredSessionsAndKeepsTheCurrentOne() throws Exception {
		String user = newAccount("rotating", Role.EDITOR);
		SessionCookieClient laptop = signIn(user, PASSWORD);
		signIn(user, PASSWORD);

		laptop.perform(post("/admin/password").with(csrf()).param("currentPassword", PASSWORD)
			.param("newPassword", "the-second-password").param("repeatPassword", "the-second-password"))
			.andExpect(redirectedUrl("/admin"));

		assertThat(jdbc.queryForList("select session_id from spring_session where principal_name = ?", String.class,
				user)).containsExactly(laptop.sessionId());
	}

	@Test
	void aSessionIsSignedOutWhenItsAccountsPasswordChangedAnyOtherWay() throws Exception {
		String user = newAccount("reset", Role.EDITOR);
		SessionCookieClient session = signIn(user, PASSWORD);

		jdbc.update("update account set password_hash = ? where username = ?",
				new BCryptPasswordEncoder(4).encode("a-password-set-elsewhere"), user);

		session.perform(get("/admin")).andExpect(redirectedUrl("/login"));
	}

	private String newAccount(String name, Role role) throws Exception {
		String username = Fixtures.unique(name).replace(' ', '-').toLowerCase();
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", username)
			.param("password", PASSWORD).param("role", role.name()))
			.andExpect(status().isFound());
		return username;
	}

	private SessionCookieClient signIn(String username, String password) throws Exception {
		SessionCookieClient browser = new SessionCookieClient(mvc);
		browser.perform(post("/login").with(csrf()).with(fromNewAddress()).param("username", username)
			.param("password", password))
			.andExpect(redirectedUrl("/admin"));
		return browser;
	}

	private long storedSessionsOf(String username) {
		return count("select count(*) from spring_session where principal_name = ?", username);
	}

	private long idOf(String username) {
		return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private long count(String sql, Object... arguments) {
		Long count = jdbc.queryForObject(sql, Long.class, arguments);
		return count == null ? 0 : count;
	}

	private static RequestPostProcessor fromNewAddress() {
		String address = "10.20.0." + addresses.incrementAndGet();
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
