package org.precursor.web;

/**
 * A delete or merge that would leave other records pointing at nothing; the message says what depends on the
 * record and what to do first. Shown as a "not changed" page, never half-applied: the transaction rolls back.
 */
public class RecordInUseException extends RuntimeException {

	public RecordInUseException(String message) {
		super(message);
	}

}
