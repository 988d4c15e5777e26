package org.precursor.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A MockMvc client that keeps its session cookie as a browser does: it sends the cookie with every request, takes
 * the new one a response sets (on sign-in, on a password change) and drops one a response clears. Sessions live in
 * the database and are found by their cookie, so a test that wants a session of its own needs this rather than a
 * {@code MockHttpSession}, which the session store never sees.
 */
public final class SessionCookieClient {

	/** The session cookie's name (Spring Session's default). */
	public static final String COOKIE = "SESSION";

	private final MockMvc mvc;

	private Cookie session;

	public SessionCookieClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		ResultActions result = mvc.perform(request);
		Cookie set = result.andReturn().getResponse().getCookie(COOKIE);
		if (set != null) {
			session = set.getMaxAge() == 0 ? null : set;
		}
		return result;
	}

	/** The id of the session the cookie names, as the sessions table stores it; null before there is one. */
	public String sessionId() {
		return session == null ? null : idIn(session.getValue());
	}

	/** The session id in a cookie's value, which Spring Session writes in Base64. */
	public static String idIn(String cookieValue) {
		return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
	}

}
