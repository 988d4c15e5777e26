package org.precursor.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void letsAFewMistakesThrough() {
		failures("alice", "10.0.0.1", LoginThrottle.FREE_FAILURES - 1);

		assertThat(refusal("alice", "10.0.0.1")).isEmpty();
	}

	@Test
	void makesAnAddressWaitLongerAfterEachFailureForOneUsername() {
		failures("alice", "10.0.0.1", LoginThrottle.FREE_FAILURES);
		assertThat(refusal("ALICE", "10.0.0.1")).contains(Duration.ofMinutes(1));

		List<Duration> waits = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			clock.advance(refusal("alice", "10.0.0.1").orElseThrow());
			assertThat(refusal("alice", "10.0.0.1")).as("free to try once the wait is over").isEmpty();
			failures("alice", "10.0.0.1", 1);
			waits.add(refusal("alice", "10.0.0.1").orElseThrow());
		}

		assertThat(waits).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
				Duration.ofMinutes(15), Duration.ofMinutes(15));
	}

	@Test
	void neverHoldsUpAnAddressThatHasNotFailedBecauseOfAnothersFailures() {
		failures("admin", "203.0.113.9", LoginThrottle.FAILURES_PER_ADDRESS + 5);
		assertThat(refusal("admin", "203.0.113.9")).isPresent();

		assertThat(refusal("admin", "127.0.0.1")).isEmpty();
	}

	@Test
	void makesAnAddressWaitWhenItGuessesManyUsernames() {
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
			failures("user" + i, "10.0.0.1", 1);
		}

		assertThat(refusal("someone-else", "10.0.0.1")).contains(LoginThrottle.ADDRESS_WINDOW);
		assertThat(refusal("someone-else", "10.0.0.2")).isEmpty();
	}

	@Test
	void countsNamesThatDifferOnlyByCaseOrCompatibleFormsAsOne() {
		failures("admın", "10.0.0.1", 2);
		failures("ADMIN", "10.0.0.1", 1);
		failures("ａｄｍｉｎ", "10.0.0.1", 2);

		assertThat(refusal("admin", "10.0.0.1")).contains(Duration.ofMinutes(1));
	}

	@Test
	void countsAnAttemptBeforeItsPasswordIsChecked() {
		List<LoginThrottle.Attempt> inFlight = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			inFlight.add(throttle.attempt("admin", "10.0.0.1"));
		}

		assertThat(inFlight).filteredOn(attempt -> attempt.refusedFor().isEmpty()).hasSize(LoginThrottle.FREE_FAILURES);
	}

	@Test
	void aSuccessfulSignInForgetsThatAddressesFailuresForTheUsername() {
		failures("alice", "10.0.0.1", LoginThrottle.FREE_FAILURES - 1);
		throttle.attempt("alice", "10.0.0.1").succeeded();
		failures("alice", "10.0.0.1", LoginThrottle.FREE_FAILURES - 1);

		assertThat(refusal("alice", "10.0.0.1")).isEmpty();
	}

	@Test
	void anAbandonedAttemptDoesNotCount() {
		failures("alice", "10.0.0.1", LoginThrottle.FREE_FAILURES - 1);
		throttle.attempt("alice", "10.0.0.1").abandoned();

		assertThat(refusal("alice", "10.0.0.1")).isEmpty();
	}

	@Test
	void forgetsAPairsFailuresAnHourAfterTheLast() {
		failures("alice", "10.0.0.1", LoginThrottle.FREE_FAILURES + 3);
		clock.advance(LoginThrottle.PAIR_MEMORY);

		failures("alice", "10.0.0.1", LoginThrottle.FREE_FAILURES - 1);
		assertThat(refusal("alice", "10.0.0.1")).isEmpty();
	}

	/** Failed attempts, each let through: the clock stands still, so the waits do not run out in between. */
	private void failures(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			LoginThrottle.Attempt attempt = throttle.attempt(username, address);
			if (attempt.refusedFor().isPresent()) {
				// A refused attempt is not a failure; move on past the wait, as a patient guesser would.
				clock.advance(attempt.refusedFor().get());
				i--;
			}
		}
	}

	/** How long the next attempt must wait; an attempt let through is reported as abandoned, so it counts nothing. */
	private java.util.Optional<Duration> refusal(String username, String address) {
		LoginThrottle.Attempt attempt = throttle.attempt(username, address);
		attempt.abandoned();
		return attempt.refusedFor();
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
