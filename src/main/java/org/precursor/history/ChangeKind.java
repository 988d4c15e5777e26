package org.precursor.history;

import org.hibernate.envers.RevisionType;

public enum ChangeKind {

	CREATED("Created"), UPDATED("Changed"), DELETED("Deleted");

	private final String label;

	ChangeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	static ChangeKind of(RevisionType type) {
		return switch (type) {
			case ADD -> CREATED;
			case MOD -> UPDATED;
			case DEL -> DELETED;
		};
	}

}
