package org.precursor.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who a session signed in as: the account's id, name and role when it was last checked, and a fingerprint of its
 * password hash (never the hash itself, which is erased once the password has been checked). {@link SessionAccountCheck}
 * compares these with the stored account on every request.
 */
final class SignedInAccount implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private final Role role;

	private final String passwordFingerprint;

	private String passwordHash;

	private SignedInAccount(long id, String username, Role role, String passwordHash) {
		this.id = id;
		this.username = username;
		this.role = role;
		this.passwordFingerprint = fingerprint(passwordHash);
		this.passwordHash = passwordHash;
	}

	static SignedInAccount of(Account account) {
		return new SignedInAccount(account.getId(), account.getUsername(), account.getRole(), account.getPasswordHash());
	}

	long id() {
		return id;
	}

	Role role() {
		return role;
	}

	/** Whether the account's password is still the one this session signed in with. */
	boolean hasPasswordOf(Account account) {
		return MessageDigest.isEqual(passwordFingerprint.getBytes(StandardCharsets.US_ASCII),
				fingerprint(account.getPasswordHash()).getBytes(StandardCharsets.US_ASCII));
	}

	/** Whether the name and role are still those of the account. */
	boolean isUpToDateWith(Account account) {
		return role == account.getRole() && username.equals(account.getUsername());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInAccount account && account.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return username;
	}

	private static String fingerprint(String passwordHash) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
