package org.precursor.admin;

import java.time.Instant;

/** An account as listed for admins; never its password hash. */
public record AccountRow(Long id, String username, String role, Instant createdAt) {

	static AccountRow of(Account account) {
		return new AccountRow(account.getId(), account.getUsername(), account.getRole().name(), account.getCreatedAt());
	}

}
