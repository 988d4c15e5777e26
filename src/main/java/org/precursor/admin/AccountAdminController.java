package org.precursor.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.precursor.web.UniqueNames;

/** Accounts, for admins only (the security rules say so); and every user's own password. */
@Controller
class AccountAdminController {

	private final Accounts accounts;

	private final AccountSessions sessions;

	AccountAdminController(Accounts accounts, AccountSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return listPage(model);
	}

	@PostMapping("/admin/accounts")
	String create(@Valid AccountForm accountForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			// Tried again when someone created the same username at the same moment: then it is refused as taken.
			UniqueNames.attempt(() -> accounts.create(accountForm, result));
		}
		if (result.hasErrors()) {
			return listPage(model);
		}
		redirect.addFlashAttribute("saved", "Account “" + accountForm.getUsername().strip() + "” created.");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/role")
	String changeRole(@PathVariable Long id, @RequestParam Role role, RedirectAttributes redirect) {
		String refusal = accounts.changeRole(id, role);
		redirect.addFlashAttribute("saved", refusal != null ? refusal : "Role changed.");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/delete")
	String remove(@PathVariable Long id, Principal user, RedirectAttributes redirect) {
		String refusal = accounts.remove(id, user.getName());
		redirect.addFlashAttribute("saved", refusal != null ? refusal : "Account removed.");
		return "redirect:/admin/accounts";
	}

	@GetMapping("/admin/password")
	String password(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "admin/password";
	}

	@PostMapping("/admin/password")
	String changePassword(@Valid PasswordForm passwordForm, BindingResult result, Principal user,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		accounts.changeOwnPassword(user.getName(), passwordForm, result);
		if (result.hasErrors()) {
			return "admin/password";
		}
		// Every other session of this account is signed out at its next request; this one stays signed in.
		sessions.keepCurrentSession(request, response);
		redirect.addFlashAttribute("saved", "Your password was changed.");
		return "redirect:/admin";
	}

	private String listPage(Model model) {
		model.addAttribute("accounts", accounts.all());
		return "admin/accounts/list";
	}

}
