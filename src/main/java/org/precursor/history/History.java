package org.precursor.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.VersionedForm;

/**
 * Reads the change history kept by Envers: every version of a record, and the revisions across all records,
 * each change shown as the fields that differ from the version before.
 */
@Service
@Transactional(readOnly = true)
public class History {

	/** A revision that touched hundreds of records (the seed import) lists only this many of them. */
	static final int CHANGES_LISTED_PER_REVISION = 12;

	private final EntityManager entities;

	private final RevisionRepository revisions;

	private final List<RecordType<?>> types;

	History(EntityManager entities, RevisionRepository revisions, List<RecordType<?>> types) {
		this.entities = entities;
		this.revisions = revisions;
		this.types = types;
	}

	/** Every change to one record, newest first. */
	public <T> List<RecordChange> of(Class<T> type, Long id) {
		RecordType<T> recordType = typeOf(type);
		List<RecordChange> changes = new ArrayList<>();
		Map<String, String> before = Map.of();
		for (AuditedVersion version : versions(type, id)) {
			T record = type.cast(version.record());
			Map<String, String> after = fields(recordType, record);
			changes.add(change(recordType, record, version.revision(), version.type(), before, after));
			before = after;
		}
		Collections.reverse(changes);
		return changes;
	}

	/** The latest change to one record: who saved the version now stored. */
	public Optional<RecordChange> lastChange(Class<?> type, Long id) {
		return of(type, id).stream().findFirst();
	}

	/** A refused save's two versions side by side, with who saved the stored one and when. */
	public EditConflict conflict(Class<?> type, Long id, Map<String, String> yours, Map<String, String> saved) {
		Optional<RecordChange> last = lastChange(type, id);
		return EditConflict.between(yours, saved, last.map(RecordChange::username).orElse("another editor"),
				last.map(RecordChange::at).orElse(null));
	}

	/**
	 * A refused save's two forms side by side. The typed form takes the saved version's number, so that saving
	 * it again is a deliberate overwrite of what the editor has now seen.
	 */
	public EditConflict conflict(Class<?> type, Long id, VersionedForm typed, VersionedForm saved) {
		typed.setVersion(saved.getVersion());
		return conflict(type, id, typed.describe(), saved.describe());
	}

	/** Revisions newest first, each with the records it changed. */
	public Page<RevisionSummary> recent(Pageable pageable) {
		Page<Revision> page = revisions.findAllByOrderByIdDesc(pageable);
		List<Long> ids = page.getContent().stream().map(Revision::getId).toList();
		Map<Long, List<TypedVersion>> versionsByRevision = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			for (RecordType<?> recordType : types) {
				for (AuditedVersion version : versionsAt(recordType.type(), ids)) {
					versionsByRevision.computeIfAbsent(version.revision().getId(), k -> new ArrayList<>())
						.add(new TypedVersion(recordType, version));
				}
			}
		}
		return page.map(revision -> {
			List<TypedVersion> versions = versionsByRevision.getOrDefault(revision.getId(), List.of());
			List<RecordChange> listed = versions.stream()
				.limit(CHANGES_LISTED_PER_REVISION)
				.map(version -> changeWithPrevious(version.recordType(), version.version()))
				.toList();
			return new RevisionSummary(revision.getId(), revision.getRevisedAt(), revision.getUsername(), listed,
					versions.size());
		});
	}

	private <T> RecordChange changeWithPrevious(RecordType<T> recordType, AuditedVersion version) {
		T record = recordType.type().cast(version.record());
		Revision revision = version.revision();
		Map<String, String> before = Map.of();
		if (version.type() != RevisionType.ADD) {
			before = previousVersion(recordType.type(), recordType.id().apply(record), revision.getId())
				.map(previous -> fields(recordType, previous))
				.orElse(Map.of());
		}
		return change(recordType, record, revision, version.type(), before, fields(recordType, record));
	}

	private <T> RecordChange change(RecordType<T> recordType, T record, Revision revision, RevisionType type,
			Map<String, String> before, Map<String, String> after) {
		ChangeKind kind = ChangeKind.of(type);
		Map<String, String> now = kind == ChangeKind.DELETED ? Map.of() : after;
		Map<String, String> then = kind == ChangeKind.DELETED && before.isEmpty() ? after : before;
		Long id = recordType.id().apply(record);
		return new RecordChange(revision.getId(), revision.getRevisedAt(), revision.getUsername(),
				recordType.label(), id, name(recordType, record), recordType.adminPath().apply(id), kind,
				RecordChange.between(then, now));
	}

	private List<AuditedVersion> versions(Class<?> type, Long id) {
		return AuditedVersion.of(reader().createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList());
	}

	private List<AuditedVersion> versionsAt(Class<?> type, List<Long> revisionIds) {
		List<AuditedVersion> versions = new ArrayList<>(AuditedVersion.of(reader().createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.revisionNumber().in(revisionIds))
			.getResultList()));
		versions.sort(Comparator.comparing(version -> version.revision().getId()));
		return versions;
	}

	/** A version as Envers reads it (the record, its revision and what the revision did), with its record type. */
	private record TypedVersion(RecordType<?> recordType, AuditedVersion version) {
	}

	private <T> Optional<T> previousVersion(Class<T> type, Long id, Long revision) {
		List<?> previous = reader().createQuery()
			.forRevisionsOfEntity(type, true, false)
			.add(AuditEntity.id().eq(id))
			.add(AuditEntity.revisionNumber().lt(revision))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList();
		return previous.stream().findFirst().map(type::cast);
	}

	/** Old versions may point at records that history does not know; their fields then read "unknown". */
	private static <T> Map<String, String> fields(RecordType<T> recordType, T record) {
		try {
			return recordType.fields().apply(record);
		}
		catch (EntityNotFoundException ex) {
			return Map.of("Record", "(details unknown)");
		}
	}

	private static <T> String name(RecordType<T> recordType, T record) {
		try {
			return recordType.name().apply(record);
		}
		catch (EntityNotFoundException ex) {
			return "#" + recordType.id().apply(record);
		}
	}

	@SuppressWarnings("unchecked")
	private <T> RecordType<T> typeOf(Class<T> type) {
		return (RecordType<T>) types.stream()
			.filter(recordType -> recordType.type().equals(type))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No history is kept for " + type.getSimpleName()));
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(entities);
	}

}
