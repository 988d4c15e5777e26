package org.precursor.seed;

/** An import that did not start, with the reason: another one runs, or the file is too large for this page. */
public class ImportNotStartedException extends RuntimeException {

	ImportNotStartedException(String message) {
		super(message);
	}

}
