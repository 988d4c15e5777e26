package org.precursor.web;

import java.util.Map;

/** A form that edits a record with a version, so that a save over someone else's newer one can be caught. */
public abstract class VersionedForm {

	private Long version;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** The form's values by field label, as shown when comparing two versions. */
	public abstract Map<String, String> describe();

}
