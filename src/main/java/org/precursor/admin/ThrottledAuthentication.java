package org.precursor.admin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords through another provider, but only for attempts the {@link LoginThrottle} lets through; each is
 * counted before its password is compared, so simultaneous guesses are throttled like consecutive ones.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		LoginThrottle.Attempt counted = throttle.attempt(attempt.getName(), address);
		counted.refusedFor().ifPresent(wait -> {
			throw new LoginThrottledException(wait);
		});
		Authentication result;
		try {
			result = passwords.authenticate(attempt);
		}
		catch (BadCredentialsException wrongUsernameOrPassword) {
			throw wrongUsernameOrPassword;
		}
		catch (RuntimeException checkFailed) {
			counted.abandoned();
			throw checkFailed;
		}
		counted.succeeded();
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
