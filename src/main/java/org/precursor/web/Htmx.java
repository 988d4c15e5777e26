package org.precursor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Chooses between a whole page and the part of it that htmx swaps in. A reader without JavaScript, a bookmark
 * and htmx's own history restore all get the whole page.
 */
public final class Htmx {

	private Htmx() {
	}

	/** Whether htmx asked for the part of a page it swaps in, rather than a whole page. */
	public static boolean isSwap(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/** @param partial a template holding the swapped part and its {@code <title>}, which htmx applies */
	public static String view(HttpServletRequest request, HttpServletResponse response, String page, String partial) {
		response.addHeader("Vary", "HX-Request");
		return isSwap(request) ? partial : page;
	}

}
