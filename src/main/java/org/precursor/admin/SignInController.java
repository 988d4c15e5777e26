package org.precursor.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with the reason the last attempt failed, and the page for a form sent after its session expired. */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) Long throttled,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		if (throttled != null) {
			model.addAttribute("problem", "Too many failed sign-ins. For your security, wait " + throttled
					+ (throttled == 1 ? " minute" : " minutes") + " before trying again.");
		}
		else if (error != null) {
			model.addAttribute("problem", "That username and password do not match an account.");
		}
		model.addAttribute("signedOut", signedOut != null);
		return "admin/login";
	}

	/** Forwarded to (for any method) when a form arrives without a valid CSRF token, usually an expired session. */
	@RequestMapping("/session-expired")
	String sessionExpired() {
		return "admin/session-expired";
	}

}
