package org.precursor.admin;

import jakarta.validation.constraints.NotBlank;

/** Changing one's own password: the current one, then the new one twice. */
public class PasswordForm {

	@NotBlank(message = "Enter your current password.")
	private String currentPassword;

	private String newPassword;

	private String repeatPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatPassword() {
		return repeatPassword;
	}

	public void setRepeatPassword(String repeatPassword) {
		this.repeatPassword = repeatPassword;
	}

}
