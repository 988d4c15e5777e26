package org.precursor.seed;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.precursor.history.RevisionAuthor;

/**
 * Reads the change history to tell a dataset's work from an editor's: revisions by a seed dataset ("seed dataset
 * v2") or by the system (the first imports, before datasets had versions) are the dataset's; any other is an
 * editor's. A record with no history at all counts as the dataset's.
 */
@Component
class DatasetAuthorship {

	private static final Set<String> AUDITED_TABLES = Set.of("outlet", "article", "actor", "proposition", "claim",
			"supply_chain_link");

	private final JdbcTemplate jdbc;

	DatasetAuthorship(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static boolean isDataset(String username) {
		return username == null || RevisionAuthor.isSystem(username) || username.startsWith("seed dataset ");
	}

	/** Who last changed the record, when that was an editor rather than a dataset. */
	Optional<String> editorOf(String table, Long id) {
		String username = jdbc.query("select r.username from " + audited(table) + " a join revision_info r"
				+ " on r.id = a.rev where a.id = ? order by a.rev desc", rs -> rs.next() ? rs.getString(1) : null, id);
		return isDataset(username) ? Optional.empty() : Optional.of(username);
	}

	/** The records of a table that a dataset created, as opposed to those an editor added. */
	Set<Long> createdByDatasets(String table) {
		Set<Long> ids = new HashSet<>();
		jdbc.query("select a.id, r.username from " + audited(table) + " a join revision_info r on r.id = a.rev"
				+ " where a.revtype = 0", rs -> {
					if (isDataset(rs.getString(2))) {
						ids.add(rs.getLong(1));
					}
				});
		// Records older than the history (V2 recorded them as the system's) and never changed since.
		ids.addAll(jdbc.queryForList("select t.id from " + table + " t where not exists (select 1 from "
				+ audited(table) + " a where a.id = t.id)", Long.class));
		return ids;
	}

	private static String audited(String table) {
		if (!AUDITED_TABLES.contains(table)) {
			throw new IllegalArgumentException("No history is kept for " + table);
		}
		return table + "_aud";
	}

}
