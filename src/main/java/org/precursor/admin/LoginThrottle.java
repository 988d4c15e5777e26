package org.precursor.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FAILURES_PER_USERNAME} failed sign-ins for one username, or
 * {@value #FAILURES_PER_ADDRESS} from one network address, within {@link #WINDOW}, further attempts are refused
 * until the oldest of those failures is a window old, even with the right password.
 */
class LoginThrottle {

	static final int FAILURES_PER_USERNAME = 5;

	static final int FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long the caller must wait before trying again, if at all. */
	Optional<Duration> waitBefore(String username, String address) {
		Instant now = clock.instant();
		return latest(wait(userKey(username), FAILURES_PER_USERNAME, now), wait(addressKey(address), FAILURES_PER_ADDRESS, now));
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		record(userKey(username), now);
		record(addressKey(address), now);
	}

	void succeeded(String username) {
		failures.remove(userKey(username));
	}

	private Optional<Duration> wait(String key, int limit, Instant now) {
		Deque<Instant> recent = failures.get(key);
		if (recent == null) {
			return Optional.empty();
		}
		synchronized (recent) {
			prune(recent, now);
			if (recent.size() < limit) {
				return Optional.empty();
			}
			return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
		}
	}

	private void record(String key, Instant now) {
		Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent, now);
			recent.addLast(now);
		}
		if (failures.size() > 10_000) {
			failures.values().removeIf(deque -> {
				synchronized (deque) {
					prune(deque, now);
					return deque.isEmpty();
				}
			});
		}
	}

	private static void prune(Deque<Instant> recent, Instant now) {
		while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
			recent.removeFirst();
		}
	}

	private static Optional<Duration> latest(Optional<Duration> first, Optional<Duration> second) {
		if (first.isEmpty()) {
			return second;
		}
		return second.filter(wait -> wait.compareTo(first.get()) > 0).or(() -> first);
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
