package org.precursor.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Keeps links to merged actors working: {@code /actors/old-slug} (and anything below it) answers with a
 * permanent redirect to the surviving actor's address, whatever page serves actors.
 */
@Component
class ActorRedirects extends OncePerRequestFilter {

	private static final String PREFIX = "/actors/";

	private final ActorRedirectRepository redirects;

	ActorRedirects(ActorRedirectRepository redirects) {
		this.redirects = redirects;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				|| !path(request).startsWith(PREFIX) || path(request).length() == PREFIX.length();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String rest = path(request).substring(PREFIX.length());
		int slash = rest.indexOf('/');
		String slug = UriUtils.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
		var current = redirects.findCurrentSlug(slug);
		if (current.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String target = request.getContextPath() + PREFIX + UriUtils.encodePathSegment(current.get(), StandardCharsets.UTF_8) + (slash < 0 ? "" : rest.substring(slash))
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader("Location", target);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
