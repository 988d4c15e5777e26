package org.precursor.history;

import java.util.List;

import org.hibernate.envers.RevisionType;

/** One stored version of an audited record: the record as it was, the revision that saved it and what it did. */
record AuditedVersion(Object record, Revision revision, RevisionType type) {

	/** Envers answers a revisions query with untyped triples; this is the one place that reads them. */
	static List<AuditedVersion> of(List<?> rows) {
		return rows.stream()
			.map(Object[].class::cast)
			.map(row -> new AuditedVersion(row[0], (Revision) row[1], (RevisionType) row[2]))
			.toList();
	}

}
