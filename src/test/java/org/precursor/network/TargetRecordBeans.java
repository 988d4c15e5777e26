package org.precursor.network;

import org.springframework.context.annotation.Import;

/** How proposition targets follow removed actors and propositions, for database tests outside this package. */
@Import(TargetsFollowTheirRecords.class)
public final class TargetRecordBeans {

	private TargetRecordBeans() {
	}

}
