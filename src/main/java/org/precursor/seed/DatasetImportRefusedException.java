package org.precursor.seed;

/** An import that wrote nothing, with the reason in words an editor can act on: the row and what is wrong with it. */
public class DatasetImportRefusedException extends RuntimeException {

	DatasetImportRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
