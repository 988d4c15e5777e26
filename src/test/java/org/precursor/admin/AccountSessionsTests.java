package org.precursor.admin;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.precursor.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.precursor.support.AdminRequests.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Open sessions follow their account: a new role, a removal or a new password counts at the session's next request. */
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
		MockHttpSession session = signIn(chief, PASSWORD);
		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/accounts/{id}/role", idOf(chief)).with(admin()).with(csrf()).param("role", "EDITOR"))
			.andExpect(status().isFound());

		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
		String sneaky = Fixtures.unique("sneaky").replace(' ', '-').toLowerCase();
		mvc.perform(post("/admin/accounts").session(session).with(csrf()).param("username", sneaky)
			.param("password", "a-long-enough-password").param("role", "ADMIN"))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from account where username = ?", sneaky)).isZero();
		// Still an editor: the content pages stay open.
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
	}

	@Test
	void aPromotedEditorsOpenSessionGainsTheAccountPages() throws Exception {
		String editor = newAccount("rising", Role.EDITOR);
		MockHttpSession session = signIn(editor, PASSWORD);
		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());

		mvc.perform(post("/admin/accounts/{id}/role", idOf(editor)).with(admin()).with(csrf()).param("role", "ADMIN"));

		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());
	}

	@Test
	void aRemovedAccountsOpenSessionIsSignedOutAndCreatesNothing() throws Exception {
		String leaver = newAccount("leaver", Role.EDITOR);
		MockHttpSession session = signIn(leaver, PASSWORD);
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/accounts/{id}/delete", idOf(leaver)).with(admin()).with(csrf()))
			.andExpect(status().isFound());

		String title = Fixtures.unique("Written after removal");
		mvc.perform(post("/admin/articles").session(session).with(csrf())
			.param("url", "https://example.org/" + title.hashCode()).param("title", title)
			.param("outletName", "Reuters").param("publishedOn", "2024-05-01").param("language", "en"))
			.andExpect(redirectedUrl("/login"));
		assertThat(count("select count(*) from article where title = ?", title)).isZero();
		assertThat(count("select count(*) from revision_info where username = ?", leaver)).isZero();
		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login"));
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
		MockHttpSession laptop = signIn(user, PASSWORD);
		MockHttpSession phone = signIn(user, PASSWORD);

		mvc.perform(post("/admin/password").session(laptop).with(csrf()).param("currentPassword", PASSWORD)
			.param("newPassword", "the-second-password").param("repeatPassword", "the-second-password"))
			.andExpect(redirectedUrl("/admin"));

		mvc.perform(get("/admin").session(laptop)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign out")));
		mvc.perform(get("/admin").session(phone)).andExpect(redirectedUrl("/login"));
		signIn(user, "the-second-password");
	}

	private String newAccount(String name, Role role) throws Exception {
		String username = Fixtures.unique(name).replace(' ', '-').toLowerCase();
		mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", username)
			.param("password", PASSWORD).param("role", role.name()))
			.andExpect(status().isFound());
		return username;
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).with(fromNewAddress())
			.param("username", username).param("password", password))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getRequest()
			.getSession();
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
