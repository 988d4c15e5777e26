package org.precursor.admin;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.StartUpLock;

/**
 * Creates the first admin account on a start with no admin: with the configured password, or, when none is
 * configured, a strong generated one written to the log exactly once. There is never a known default password.
 * It runs while the application starts, once every bean exists and before the web server takes requests, so the
 * first sign-in never finds the account missing. Instances starting together on one database take turns
 * ({@link StartUpLock}), so only the first creates the account and the others find it.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AdminProperties properties;

	private final Clock clock;

	private final StartUpLock lock;

	FirstAdmin(AccountRepository accounts, PasswordEncoder encoder, AdminProperties properties, Clock clock,
			StartUpLock lock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
		this.lock = lock;
	}

	@Override
	@Transactional
	public void afterSingletonsInstantiated() {
		lock.holdUntilCommit();
		if (accounts.countByRole(Role.ADMIN) > 0) {
			return;
		}
		String username = Usernames.normalise(properties.usernameOrDefault());
		if (accounts.existsNamed(username)) {
			throw new IllegalStateException("There is no admin account, and the first admin's username '" + username
					+ "' is taken by an editor. Set PRECURSOR_ADMIN_USERNAME to a free username.");
		}
		String password = properties.password();
		boolean generated = password == null || password.isEmpty();
		if (generated) {
			password = Passwords.generate();
		}
		else if (Passwords.problemWith(password) != null) {
			throw new IllegalStateException("PRECURSOR_ADMIN_PASSWORD is not accepted: " + Passwords.problemWith(password));
		}
		accounts.save(new Account(username, encoder.encode(password), Role.ADMIN, clock.instant()));
		if (generated) {
			log.warn("Created the first admin account '{}' with the generated password: {}  "
					+ "(shown only this once; sign in and change it under Account)", username, password);
		}
		else {
			log.info("Created the first admin account '{}' with the configured password", username);
		}
	}

}
