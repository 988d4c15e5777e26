package org.precursor.admin;

import java.time.Clock;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.precursor.web.NotFoundException;

/**
 * Creating and changing accounts. There is always at least one admin: the last one cannot be removed or made an
 * editor, and nobody removes their own account. A removed account's sessions end with it.
 */
@Component
class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final AccountSessions sessions;

	Accounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock, AccountSessions sessions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.sessions = sessions;
	}

	List<AccountRow> all() {
		return accounts.findAllByOrderByUsernameAsc().stream().map(AccountRow::of).toList();
	}

	@Transactional
	void create(AccountForm form, Errors errors) {
		String problem = Passwords.problemWith(form.getPassword());
		if (problem != null) {
			errors.rejectValue("password", "weak", problem);
		}
		if (form.getUsername() != null && accounts.existsNamed(form.getUsername())) {
			errors.rejectValue("username", "taken", "There is already an account with this username.");
		}
		if (!errors.hasErrors()) {
			accounts.save(new Account(form.getUsername().strip(), encoder.encode(form.getPassword()), form.getRole(),
					clock.instant()));
		}
	}

	/** Returns why the role cannot change, or null once changed. */
	@Transactional
	String changeRole(Long id, Role role) {
		Account account = find(id);
		if (account.getRole() == Role.ADMIN && role != Role.ADMIN && accounts.countByRole(Role.ADMIN) == 1) {
			return "“" + account.getUsername() + "” is the only admin, so it stays an admin.";
		}
		account.changeRole(role);
		return null;
	}

	/** Returns why the account cannot be removed, or null once removed. */
	@Transactional
	String remove(Long id, String signedIn) {
		Account account = find(id);
		if (account.getUsername().equals(Usernames.normalise(signedIn))) {
			return "You cannot remove your own account.";
		}
		if (account.getRole() == Role.ADMIN && accounts.countByRole(Role.ADMIN) == 1) {
			return "“" + account.getUsername() + "” is the only admin and cannot be removed.";
		}
		accounts.delete(account);
		sessions.endSessionsOf(account.getUsername());
		return null;
	}

	@Transactional
	void changeOwnPassword(String username, PasswordForm form, Errors errors) {
		Account account = accounts.named(username)
			.orElseThrow(() -> new NotFoundException("Your account no longer exists."));
		if (form.getCurrentPassword() != null && !isPasswordOf(account, form.getCurrentPassword())) {
			errors.rejectValue("currentPassword", "wrong", "This is not your current password.");
		}
		String problem = Passwords.problemWith(form.getNewPassword());
		if (problem != null) {
			errors.rejectValue("newPassword", "weak", problem);
		}
		else if (!form.getNewPassword().equals(form.getRepeatPassword())) {
			errors.rejectValue("repeatPassword", "mismatch", "The two new passwords are not the same.");
		}
		if (!errors.hasErrors()) {
			account.changePassword(encoder.encode(form.getNewPassword()));
		}
	}

	/** No stored password is longer than BCrypt's limit, so a longer one is simply not it (and is never hashed). */
	private boolean isPasswordOf(Account account, String password) {
		return Passwords.bytes(password) <= Passwords.MAXIMUM_BYTES && encoder.matches(password, account.getPasswordHash());
	}

	private Account find(Long id) {
		return accounts.findById(id).orElseThrow(() -> NotFoundException.byId("account", id));
	}

}
