package org.precursor.admin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A token a script sends to write through the API, acting for an account with its role. Only the token's SHA-256
 * hash is kept; once revoked it is refused for good, and its row stays so the history's name still means something.
 */
@Entity
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String tokenHash;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id")
	private Account account;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(String name, String tokenHash, Account account, Instant createdAt) {
		this.name = name;
		this.tokenHash = tokenHash;
		this.account = account;
		this.createdAt = createdAt;
	}

	void usedAt(Instant when) {
		this.lastUsedAt = when;
	}

	void revokeAt(Instant when) {
		if (revokedAt == null) {
			this.revokedAt = when;
		}
	}

	boolean isRevoked() {
		return revokedAt != null;
	}

	/** The name its changes are kept under in the history. */
	String authorName() {
		return "API token “" + name + "”";
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	Account getAccount() {
		return account;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getLastUsedAt() {
		return lastUsedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

}
