package org.precursor.actor;

import org.precursor.web.RecordInUseException;

/** A merge that cannot be done as asked; the message says why and what to do instead. */
public class MergeRefusedException extends RecordInUseException {

	public MergeRefusedException(String message) {
		super(message);
	}

}
