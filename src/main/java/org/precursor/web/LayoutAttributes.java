package org.precursor.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Values every page's layout needs: its canonical address and who, if anyone, is signed in. */
@ControllerAdvice
class LayoutAttributes {

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page").build().toUriString();
	}

	/** Null for readers, so the header offers "Sign in"; a name for editors, so it offers "Sign out". */
	@ModelAttribute("signedInUser")
	String signedInUser() {
		return SignedIn.username().orElse(null);
	}

}
