package org.precursor.supplychain;

import org.springframework.context.annotation.Import;

/** How links follow removed claims and actors, for database tests outside this package (it is package-private). */
@Import(LinksFollowTheirRecords.class)
public final class LinkRecordBeans {

	private LinkRecordBeans() {
	}

}
