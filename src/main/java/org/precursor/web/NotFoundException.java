package org.precursor.web;

/** A page asked for a record that does not exist; shown to the reader as a friendly 404 page. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException of(String what, Object key) {
		return new NotFoundException("There is no " + what + " called “" + key + "”.");
	}

	public static NotFoundException byId(String what, Long id) {
		return new NotFoundException("There is no " + what + " number " + id + "; it may have been deleted.");
	}

}
