package org.precursor.generate;

/** The database is not one the generator may fill; the message says why, in one line. */
public class GenerationRefusedException extends RuntimeException {

	GenerationRefusedException(String message) {
		super(message);
	}

}
