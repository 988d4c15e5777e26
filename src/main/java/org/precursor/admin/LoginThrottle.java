package org.precursor.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Two rules, each for one network address:
 * <ul>
 * <li>Failures for one username from one address: the first {@value #FREE_FAILURES} cost nothing; after that the
 * address must wait {@link #FIRST_DELAY} after its last failure before trying that username again, twice as long
 * after each further failure, at most {@link #LONGEST_DELAY}. They are forgotten {@link #PAIR_MEMORY} after the last
 * one, or at once when that address signs in as that username.</li>
 * <li>{@value #FAILURES_PER_ADDRESS} failures from one address within {@link #ADDRESS_WINDOW}, whatever the
 * usernames: that address waits until the oldest of them is a window old.</li>
 * </ul>
 * So guesses from elsewhere never hold up an address that has not failed itself. An attempt is counted as a failure
 * the moment it is let through, in the same step as the check, and taken back if it succeeds: attempts sent at the
 * same time cannot all slip past the check while their passwords are being compared.
 */
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

	static final Duration PAIR_MEMORY = Duration.ofHours(1);

	static final int FAILURES_PER_ADDRESS = 20;

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

	private static final int ENTRIES_BEFORE_SWEEP = 10_000;

	/** One username tried from one address. */
	private record Pair(String username, String address) {
	}

	private static final class PairFailures {

		int count;

		Instant last;

	}

	private final Map<Pair, PairFailures> pairs = new HashMap<>();

	private final Map<String, Deque<Instant>> addresses = new HashMap<>();

	private final Clock clock;

	private int sweepAbove = ENTRIES_BEFORE_SWEEP;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Either how long the caller must wait (nothing is counted), or an attempt, already counted as a failure, to be
	 * reported back as {@link Attempt#succeeded() succeeded} or {@link Attempt#abandoned() abandoned}.
	 */
	synchronized Attempt attempt(String username, String address) {
		Instant now = clock.instant();
		Pair pair = new Pair(Usernames.normalise(username), address == null ? "" : address);
		sweepIfLarge(now);
		Optional<Duration> wait = longer(pairWait(pair, now), addressWait(pair.address(), now));
		if (wait.isPresent()) {
			return new Attempt(this, pair, now, wait);
		}
		PairFailures failures = pairs.computeIfAbsent(pair, p -> new PairFailures());
		Instant lastBefore = failures.last;
		failures.count++;
		failures.last = now;
		addresses.computeIfAbsent(pair.address(), a -> new ArrayDeque<>()).addLast(now);
		Attempt attempt = new Attempt(this, pair, now, Optional.empty());
		attempt.lastFailureBefore = lastBefore;
		return attempt;
	}

	/** One sign-in attempt let through the throttle, or refused by it. */
	static final class Attempt {

		private final LoginThrottle throttle;

		private final Pair pair;

		private final Instant at;

		private final Optional<Duration> wait;

		private Instant lastFailureBefore;

		private boolean reported;

		private Attempt(LoginThrottle throttle, Pair pair, Instant at, Optional<Duration> wait) {
			this.throttle = throttle;
			this.pair = pair;
			this.at = at;
			this.wait = wait;
		}

		/** How long to wait before trying again, when the attempt was refused. */
		Optional<Duration> refusedFor() {
			return wait;
		}

		/** The right password: the pair's failures are forgotten; the address's earlier failures stay. */
		void succeeded() {
			if (wait.isEmpty() && !reported) {
				reported = true;
				throttle.forget(this, true);
			}
		}

		/** Neither right nor wrong (the check itself failed): it does not count. */
		void abandoned() {
			if (wait.isEmpty() && !reported) {
				reported = true;
				throttle.forget(this, false);
			}
		}

	}

	/** Takes back an attempt counted as a failure; with {@code allOfThePair}, every failure of its pair too. */
	private synchronized void forget(Attempt attempt, boolean allOfThePair) {
		Pair pair = attempt.pair;
		PairFailures failures = pairs.get(pair);
		if (failures != null) {
			if (allOfThePair || --failures.count <= 0) {
				pairs.remove(pair);
			}
			else if (attempt.at.equals(failures.last) && attempt.lastFailureBefore != null) {
				failures.last = attempt.lastFailureBefore;
			}
		}
		Deque<Instant> recent = addresses.get(pair.address());
		if (recent != null) {
			recent.removeLastOccurrence(attempt.at);
			if (recent.isEmpty()) {
				addresses.remove(pair.address());
			}
		}
	}

	private Optional<Duration> pairWait(Pair pair, Instant now) {
		PairFailures failures = pairs.get(pair);
		if (failures != null && !failures.last.plus(PAIR_MEMORY).isAfter(now)) {
			pairs.remove(pair);
			return Optional.empty();
		}
		if (failures == null || failures.count < FREE_FAILURES) {
			return Optional.empty();
		}
		Duration remaining = Duration.between(now, failures.last.plus(delayAfter(failures.count)));
		return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
	}

	/** 1 minute after the fifth failure, then 2, 4, 8, and 15 from the ninth on. */
	static Duration delayAfter(int failures) {
		if (failures < FREE_FAILURES) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - FREE_FAILURES, 10);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
	}

	private Optional<Duration> addressWait(String address, Instant now) {
		Deque<Instant> recent = addresses.get(address);
		if (recent == null) {
			return Optional.empty();
		}
		while (!recent.isEmpty() && !recent.peekFirst().plus(ADDRESS_WINDOW).isAfter(now)) {
			recent.removeFirst();
		}
		if (recent.size() < FAILURES_PER_ADDRESS) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, recent.peekFirst().plus(ADDRESS_WINDOW)));
	}

	/** Keeps memory bounded when many addresses or usernames are tried: drops what no rule needs any more. */
	private void sweepIfLarge(Instant now) {
		if (pairs.size() + addresses.size() <= sweepAbove) {
			return;
		}
		pairs.values().removeIf(failures -> !failures.last.plus(PAIR_MEMORY).isAfter(now));
		addresses.values().removeIf(recent -> recent.isEmpty() || !recent.peekLast().plus(ADDRESS_WINDOW).isAfter(now));
		// Sweeping again only once as many entries again have come keeps each attempt's share of the work small.
		sweepAbove = Math.max(ENTRIES_BEFORE_SWEEP, 2 * (pairs.size() + addresses.size()));
	}

	private static Optional<Duration> longer(Optional<Duration> first, Optional<Duration> second) {
		if (first.isEmpty()) {
			return second;
		}
		return second.filter(wait -> wait.compareTo(first.get()) > 0).or(() -> first);
	}

}
