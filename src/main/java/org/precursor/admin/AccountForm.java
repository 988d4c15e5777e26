package org.precursor.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new account: its username, first password and role. */
public class AccountForm {

	@NotBlank(message = "Enter a username.")
	@Pattern(regexp = "[A-Za-z0-9._-]{3,50}|\\s*",
			message = "Use 3 to 50 letters, digits, dots, hyphens or underscores.")
	private String username;

	private String password;

	@NotNull(message = "Choose a role.")
	private Role role = Role.EDITOR;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
