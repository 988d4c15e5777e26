package org.precursor.admin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because of too many recent failures. */
class LoginThrottledException extends AuthenticationException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed sign-ins");
		this.wait = wait;
	}

	/** Whole minutes to wait, rounded up. */
	long minutesToWait() {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
