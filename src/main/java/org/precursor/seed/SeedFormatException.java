package org.precursor.seed;

/** A seed row that cannot be loaded; the message names the file, the line and the problem. */
public class SeedFormatException extends RuntimeException {

	public SeedFormatException(String message) {
		super(message);
	}

}
