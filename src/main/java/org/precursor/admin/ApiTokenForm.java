package org.precursor.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.precursor.web.PlainText;

/** A new API token: the name its changes are kept under in the history, and the account it acts for. */
public class ApiTokenForm {

	@NotBlank(message = "Name the token after the script or person that will use it, for example “newsroom import”.")
	@Size(max = 60, message = "Keep the name under {max} characters.")
	@PlainText
	private String name;

	@NotNull(message = "Choose the account the token acts for; it writes with that account's role.")
	private Long account;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getAccount() {
		return account;
	}

	public void setAccount(Long account) {
		this.account = account;
	}

}
