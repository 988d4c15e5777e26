package org.precursor.seed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What applying a newer seed dataset left for an editor to look at, listed at {@code /admin/seed-review}: one entry
 * per record and reason, the latest dataset's word replacing an earlier one's.
 */
@Component
public class SeedReview {

	public enum Reason {

		EDITED("Kept as an editor saved it"), STILL_IN_USE("No longer in the dataset, kept because it is in use"),
		NOT_APPLIED("Not applied");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public record Item(long id, String dataset, int version, Reason reason, String recordType, String recordKey,
			String path, String message, Instant listedAt) {
	}

	private final JdbcTemplate jdbc;

	SeedReview(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void list(String dataset, int version, Reason reason, String recordType, String recordKey, String path,
			String message) {
		jdbc.update("delete from seed_review where reason = ? and record_type = ? and record_key = ?", reason.name(),
				recordType, recordKey);
		jdbc.update("insert into seed_review (dataset, version, reason, record_type, record_key, path, message,"
				+ " listed_at) values (?, ?, ?, ?, ?, ?, ?, ?)", dataset, version, reason.name(), recordType,
				recordKey, path, message, Timestamp.from(Instant.now()));
	}

	@Transactional(readOnly = true)
	public List<Item> items() {
		return jdbc.query("select * from seed_review order by version desc, reason, record_type, record_key",
				(rs, n) -> new Item(rs.getLong("id"), rs.getString("dataset"), rs.getInt("version"),
						Reason.valueOf(rs.getString("reason")), rs.getString("record_type"),
						rs.getString("record_key"), rs.getString("path"), rs.getString("message"),
						rs.getTimestamp("listed_at").toInstant()));
	}

	@Transactional(readOnly = true)
	public long count() {
		Long count = jdbc.queryForObject("select count(*) from seed_review", Long.class);
		return count == null ? 0 : count;
	}

	/** An editor has looked at the entry; returns whether there was one. */
	@Transactional
	public boolean dismiss(long id) {
		return jdbc.update("delete from seed_review where id = ?", id) > 0;
	}

}
