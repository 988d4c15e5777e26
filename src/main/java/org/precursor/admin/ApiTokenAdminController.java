package org.precursor.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins make and revoke the API's tokens. A new token is shown once, on the page that answers its form, and never
 * again: that answer is not stored anywhere, not even in the session.
 */
@Controller
class ApiTokenAdminController {

	private static final String PAGE = "admin/tokens/list";

	private final ApiTokens tokens;

	private final Accounts accounts;

	ApiTokenAdminController(ApiTokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@GetMapping("/admin/tokens")
	String list(Model model) {
		model.addAttribute("apiTokenForm", new ApiTokenForm());
		return page(model);
	}

	@PostMapping("/admin/tokens")
	String create(@Valid ApiTokenForm apiTokenForm, BindingResult result, Model model, HttpServletResponse response) {
		if (!result.hasFieldErrors("name") && tokens.isNameTaken(apiTokenForm.getName())) {
			result.rejectValue("name", "taken", "There is already a token called “" + apiTokenForm.getName().strip()
					+ "”; its name must tell its changes apart in the history.");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		model.addAttribute("createdToken", tokens.create(apiTokenForm.getName(), apiTokenForm.getAccount()));
		model.addAttribute("createdName", apiTokenForm.getName().strip());
		model.addAttribute("apiTokenForm", new ApiTokenForm());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return page(model);
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	String revoke(@PathVariable Long id, RedirectAttributes redirect) {
		tokens.revoke(id);
		redirect.addFlashAttribute("saved", "Token revoked: requests sending it are refused from now on.");
		return "redirect:/admin/tokens";
	}

	private String page(Model model) {
		model.addAttribute("tokens", tokens.all().stream().map(ApiTokenRow::of).toList());
		model.addAttribute("accounts", accounts.all());
		return PAGE;
	}

}
