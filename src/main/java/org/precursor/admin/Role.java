package org.precursor.admin;

/** What an account may do: editors change content, admins also manage accounts. */
public enum Role {

	ADMIN("Admin: content and accounts"), EDITOR("Editor: content only");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
