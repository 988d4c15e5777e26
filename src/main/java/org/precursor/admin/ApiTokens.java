package org.precursor.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;

/**
 * Makes, checks and revokes API tokens. A token is 32 random bytes, shown once as {@code prc_} and URL-safe Base64;
 * only its SHA-256 hash is stored (a token is random enough that a slow hash would add nothing). A request with a
 * valid token acts for the token's account with that account's role, under the token's name.
 */
@Component
class ApiTokens {

	static final String PREFIX = "prc_";

	/** The last-used time is written at most this often per token, so scripts do not turn every read into a write. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A new token for the account; the returned text is the only time the token is seen. */
	@Transactional
	String create(String name, Long accountId) {
		Account account = accounts.findById(accountId).orElseThrow(() -> NotFoundException.byId("account", accountId));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.save(new ApiToken(name.strip(), hash(token), account, clock.instant()));
		return token;
	}

	@Transactional
	void revoke(Long id) {
		tokens.findById(id).orElseThrow(() -> NotFoundException.byId("API token", id)).revokeAt(clock.instant());
	}

	boolean isNameTaken(String name) {
		return tokens.existsByNameIgnoreCase(name.strip());
	}

	@Transactional(readOnly = true)
	List<ApiToken> all() {
		return tokens.findAllForListing();
	}

	/** Who a bearer token acts as, or nothing when it is unknown or revoked; notes when it was used. */
	@Transactional
	Optional<Authentication> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(hash(token)).filter(found -> !found.isRevoked()).map(found -> {
			Instant now = clock.instant();
			if (found.getLastUsedAt() == null || found.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
				found.usedAt(now);
			}
			Role role = found.getAccount().getRole();
			return UsernamePasswordAuthenticationToken.authenticated(found.authorName(), null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
		});
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
