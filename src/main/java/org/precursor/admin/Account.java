package org.precursor.admin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Someone who may sign in to the admin pages. Only a BCrypt hash of the password is kept, and the username only in
 * its normal form ({@link Usernames}), so that two names that differ only by case or compatible characters cannot
 * both exist.
 */
@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, Instant createdAt) {
		this.username = Usernames.normalise(username);
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	long getVersion() {
		return version;
	}

}
