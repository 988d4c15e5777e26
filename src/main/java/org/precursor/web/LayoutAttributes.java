package org.precursor.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Values every page's layout needs: its canonical address, the section of the site, and who is signed in. The
 * canonical address starts with the site's configured public address ({@code precursor.base-url}), never with the
 * Host header of the request, which anyone can set.
 */
@ControllerAdvice
class LayoutAttributes {

	private final SiteAddress site;

	LayoutAttributes(@Value(SiteAddress.PROPERTY) String baseUrl) {
		this.site = SiteAddress.at(baseUrl);
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UriComponentsBuilder.fromUriString(site.base())
			.path(path)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.toUriString();
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
