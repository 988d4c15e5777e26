package org.precursor.web;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user signed in for the current request, if any; readers of the public pages are not signed in. */
public final class SignedIn {

	private SignedIn() {
	}

	public static Optional<String> username() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
		return signedIn ? Optional.of(user.getName()) : Optional.empty();
	}

}
