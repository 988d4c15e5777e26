package org.precursor.web;

/** A form was saved against a version of the record that is no longer the latest. */
public class StaleEditException extends RuntimeException {

	public StaleEditException() {
		super("The record was changed by someone else after the form was opened.");
	}

	/** Refuses the save unless the form was opened on the version now stored. */
	public static void check(Long formVersion, long storedVersion) {
		if (formVersion == null || formVersion != storedVersion) {
			throw new StaleEditException();
		}
	}

}
