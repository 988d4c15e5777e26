package org.precursor.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void letsAFewMistakesThrough() {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_USERNAME - 1; i++) {
			throttle.failed("alice", "10.0.0.1");
		}

		assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
	}

	@Test
	void makesAUsernameWaitAfterFiveFailuresUntilTheOldestIsAWindowOld() {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_USERNAME; i++) {
			throttle.failed("alice", "10.0.0." + i);
			clock.advance(Duration.ofMinutes(1));
		}

		assertThat(throttle.waitBefore("ALICE", "10.9.9.9")).contains(Duration.ofMinutes(10));
		clock.advance(Duration.ofMinutes(10));
		assertThat(throttle.waitBefore("alice", "10.9.9.9")).isEmpty();
	}

	@Test
	void makesAnAddressWaitWhenItGuessesManyUsernames() {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
			throttle.failed("user" + i, "10.0.0.1");
		}

		assertThat(throttle.waitBefore("someone-else", "10.0.0.1")).contains(LoginThrottle.WINDOW);
		assertThat(throttle.waitBefore("someone-else", "10.0.0.2")).isEmpty();
	}

	@Test
	void aSuccessfulSignInForgetsTheUsernamesFailures() {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_USERNAME - 1; i++) {
			throttle.failed("alice", "10.0.0.1");
		}
		throttle.succeeded("alice");
		throttle.failed("alice", "10.0.0.1");

		assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2024-06-20T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
