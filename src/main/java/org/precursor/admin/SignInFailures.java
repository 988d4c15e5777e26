package org.precursor.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form with the reason: a wrong password, or too many attempts. */
class SignInFailures implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = exception instanceof LoginThrottledException throttled
				? "/login?throttled=" + throttled.minutesToWait() : "/login?error";
		response.sendRedirect(request.getContextPath() + target);
	}

}
