package org.precursor.admin;

import java.time.Instant;

/** A token as listed for admins: never the token or its hash. */
public record ApiTokenRow(Long id, String name, String account, String role, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	static ApiTokenRow of(ApiToken token) {
		return new ApiTokenRow(token.getId(), token.getName(), token.getAccount().getUsername(),
				token.getAccount().getRole().label(), token.getCreatedAt(), token.getLastUsedAt(), token.getRevokedAt());
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

}
