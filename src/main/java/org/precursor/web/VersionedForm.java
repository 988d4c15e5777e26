package org.precursor.web;

import java.util.Map;

/** A form that edits a record with a version, so that a save over someone else's newer one can be caught. */
public interface VersionedForm {

	Long getVersion();

	void setVersion(Long version);

	/** The form's values by field label, as shown when comparing two versions. */
	Map<String, String> describe();

}
