package org.precursor.history;

import org.hibernate.envers.RevisionListener;

import org.precursor.web.SignedIn;

/** Stamps each revision with the signed-in user; changes made without one (the seed import) are the system's. */
public class RevisionAuthor implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		((Revision) revision).madeBy(SignedIn.username().orElse(SYSTEM));
	}

}
