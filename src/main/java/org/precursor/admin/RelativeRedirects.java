package org.precursor.admin;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects to a path on this site, never to a host: the page saved before sign-in is remembered with the host the
 * request named (its Host header, which anyone can set), so only its path and query are kept.
 */
class RelativeRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		String target;
		if (UrlUtils.isAbsoluteUrl(url)) {
			URI uri = URI.create(url);
			target = (uri.getRawPath() == null ? "/" : uri.getRawPath())
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		else {
			target = request.getContextPath() + url;
		}
		// "//evil.example/" would be read by a browser as another host.
		target = "/" + target.replaceFirst("^[/\\\\]+", "");
		response.sendRedirect(response.encodeRedirectURL(target));
	}

}
