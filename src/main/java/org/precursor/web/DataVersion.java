package org.precursor.web;

import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of everything readers can see, kept in the database so that all instances share it. A write moves it
 * on; each instance reads it again at most {@link #RECHECK_MILLIS} after it last did, so an edit made through another
 * instance retires this one's rendered pages within that time.
 */
@Component
public class DataVersion {

	static final long RECHECK_MILLIS = 250;

	private final JdbcTemplate jdbc;

	private volatile long version;

	private volatile long checkedAt;

	private volatile boolean known;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The version now, as last read from the database, read again when that is too long ago. */
	public long current() {
		long now = System.nanoTime();
		if (!known || now - checkedAt >= TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS)) {
			version = read();
			checkedAt = now;
			known = true;
		}
		return version;
	}

	/** Records that something readers can see has changed; called after the change is committed. */
	public void changed() {
		jdbc.update("update data_version set version = version + 1 where id = 1");
		version = read();
		checkedAt = System.nanoTime();
		known = true;
	}

	private long read() {
		Long stored = jdbc.queryForObject("select version from data_version where id = 1", Long.class);
		return stored == null ? 0 : stored;
	}

}
