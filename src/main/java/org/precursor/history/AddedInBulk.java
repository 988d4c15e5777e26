package org.precursor.history;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * History for the records a large import adds, written in bulk: the work runs with Envers passing over every record
 * it inserts (see {@link HistoryListeners}), then each audited table gets the new rows' first version in one
 * statement per thousand records, element collections included, all in one revision of the transaction. The
 * history shows them exactly as if Envers had written them: created in that revision, by its author. Records the
 * work changes that were there before are recorded by Envers as usual.
 */
@Component
public class AddedInBulk {

	private static final ThreadLocal<Set<Object>> taken = new ThreadLocal<>();

	private static final int IDS_PER_STATEMENT = 1000;

	/** Envers' column for an element's place in the set it writes, part of the row's key. */
	private static final String SET_ORDINAL = "setordinal";

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final Map<String, List<String>> auditColumns = new HashMap<>();

	AddedInBulk(EntityManager entities, JdbcTemplate jdbc) {
		this.entities = entities;
		this.jdbc = jdbc;
	}

	/**
	 * Runs work inside the caller's transaction; the records it inserts get their history when it is done, in the
	 * transaction's revision.
	 */
	public <T> T adding(Supplier<T> work) {
		Set<Object> added = Collections.newSetFromMap(new IdentityHashMap<>());
		taken.set(added);
		try {
			T result = work.get();
			entities.flush();
			writeHistoryOf(added);
			return result;
		}
		finally {
			taken.remove();
		}
	}

	/** Whether a record just inserted is added in bulk, and so left out of Envers' own bookkeeping. */
	static boolean takes(Object entity) {
		Set<Object> added = taken.get();
		if (added == null) {
			return false;
		}
		added.add(entity);
		return true;
	}

	/** Whether a record is one added in bulk, whose later changes in the same work its bulk history includes. */
	static boolean holds(Object entity) {
		Set<Object> added = taken.get();
		return added != null && entity != null && added.contains(entity);
	}

	private void writeHistoryOf(Set<Object> added) {
		if (added.isEmpty()) {
			return;
		}
		SharedSessionContractImplementor session = entities.unwrap(SharedSessionContractImplementor.class);
		SessionFactoryImplementor factory = session.getFactory();
		Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
		added.forEach(entity -> byClass.computeIfAbsent(entity.getClass(), type -> new ArrayList<>()).add(entity));
		AuditReader history = AuditReaderFactory.get(entities);
		Map<String, List<Object>> idsByEntity = new LinkedHashMap<>();
		byClass.forEach((type, ofType) -> {
			if (history.isEntityClassAudited(type)) {
				EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(type);
				List<Object> ids = new ArrayList<>(ofType.size());
				ofType.forEach(entity -> ids.add(persister.getIdentifier(entity, session)));
				idsByEntity.put(persister.getEntityName(), ids);
			}
		});
		if (idsByEntity.isEmpty()) {
			return;
		}
		Revision revision = history.getCurrentRevision(Revision.class, true);
		entities.flush();
		idsByEntity.forEach((entityName, ids) -> {
			AbstractEntityPersister persister = (AbstractEntityPersister) factory.getMappingMetamodel()
				.getEntityDescriptor(entityName);
			copy(persister.getTableName(), persister.getIdentifierColumnNames()[0], ids, revision.getId());
			factory.getMappingMetamodel().forEachCollectionDescriptor(collection -> {
				if (collection.getOwnerEntityPersister().getEntityName().equals(entityName) && !collection.isOneToMany()
						&& collection instanceof AbstractCollectionPersister table) {
					copy(table.getTableName(), table.getKeyColumnNames()[0], ids, revision.getId());
				}
			});
		});
	}

	/** Copies the rows of {@code table} whose {@code key} is one of {@code ids} into its audit table, as created. */
	private void copy(String table, String key, List<Object> ids, long revision) {
		List<String> columns = auditColumns.computeIfAbsent(table, this::columnsKeptInHistory);
		if (columns.isEmpty()) {
			return;
		}
		List<String> selected = new ArrayList<>();
		for (String column : columns) {
			selected.add(column.equals(SET_ORDINAL)
					? "row_number() over (partition by " + key + " order by " + String.join(", ",
							columns.stream().filter(other -> !other.equals(SET_ORDINAL)).toList()) + ")"
					: column);
		}
		for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
			List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
			String sql = "insert into " + table + "_aud (" + String.join(", ", columns) + ", rev, revtype) select "
					+ String.join(", ", selected) + ", ?, 0 from " + table + " where " + key + " in ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
			List<Object> arguments = new ArrayList<>(chunk.size() + 1);
			arguments.add(revision);
			arguments.addAll(chunk);
			jdbc.update(sql, arguments.toArray());
		}
	}

	/**
	 * The columns of a table's audit table that the table has too, plus Envers' set ordinal; none when the table's
	 * history is not kept.
	 */
	private List<String> columnsKeptInHistory(String table) {
		return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
			DatabaseMetaData database = connection.getMetaData();
			Set<String> audited = columnsOf(database, table + "_aud");
			if (audited.isEmpty()) {
				return List.of();
			}
			Set<String> own = columnsOf(database, table);
			List<String> kept = new ArrayList<>();
			for (String column : audited) {
				if (own.contains(column) || column.equals(SET_ORDINAL)) {
					kept.add(column);
				}
			}
			return kept;
		});
	}

	private static Set<String> columnsOf(DatabaseMetaData database, String table) throws SQLException {
		Set<String> columns = new LinkedHashSet<>();
		for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
			try (ResultSet rows = database.getColumns(null, null, name, null)) {
				while (rows.next()) {
					columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			if (!columns.isEmpty()) {
				break;
			}
		}
		columns.remove("rev");
		columns.remove("revtype");
		return columns;
	}

}
