package org.precursor.actor;

/** A merge that cannot be done as asked; the message says why and what to do instead. */
public class MergeRefusedException extends RuntimeException {

	public MergeRefusedException(String message) {
		super(message);
	}

}
