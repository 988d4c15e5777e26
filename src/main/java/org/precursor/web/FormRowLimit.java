package org.precursor.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the rows of a repeated form field ({@code stances[0].proposition}) to the few a form can show. The binder
 * grows a list to the highest row a request names, and fails on a row past its limit, so a request naming
 * {@code stances[300]} would end in an error instead of the form. Such parameters are left out before binding and
 * the fields they belong to are noted in the request, for {@link FormBinding} to refuse the form beside that field.
 */
@Component
class FormRowLimit extends OncePerRequestFilter {

	/** More rows than any form of this site shows. */
	static final int MAX_ROWS = 50;

	/** The request attribute naming the fields whose rows past {@link #MAX_ROWS} were left out. */
	static final String LEFT_OUT = FormRowLimit.class.getName() + ".LEFT_OUT";

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> kept = new LinkedHashMap<>();
		Set<String> leftOut = new TreeSet<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (pastTheLimit(parameter.getKey())) {
				leftOut.add(parameter.getKey().substring(0, parameter.getKey().indexOf('[')));
			}
			else {
				kept.put(parameter.getKey(), parameter.getValue());
			}
		}
		if (leftOut.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(LEFT_OUT, Set.copyOf(leftOut));
		chain.doFilter(new KeptParameters(request, Collections.unmodifiableMap(kept)), response);
	}

	static boolean pastTheLimit(String name) {
		Matcher index = INDEX.matcher(name);
		while (index.find()) {
			String digits = index.group(1);
			if (digits.length() > 6 || Integer.parseInt(digits) >= MAX_ROWS) {
				return true;
			}
		}
		return false;
	}

	/** The request as the binder sees it: without the parameters past the limit. */
	private static final class KeptParameters extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		KeptParameters(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			this.parameters = parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return parameters.get(name);
		}

	}

}
