package org.precursor.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Values every page's layout needs: its canonical address, the section of the site, and who is signed in. */
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

	/** The first segment of the path ("actors" for /actors/china), which marks the current link in the header. */
	@ModelAttribute("section")
	String section(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] segments = path.split("/");
		return segments.length > 1 ? segments[1] : "";
	}

}
