package org.precursor.support;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tests that need something outside the repository (a browser, the source documents) skip with a clear reason
 * on a machine that lacks it, but fail when the environment variable that CI sets says it must be there.
 */
public final class ExternalRequirement {

	private ExternalRequirement() {
	}

	public static void require(boolean available, String requiredFlag, String reason) {
		if (available) {
			return;
		}
		if (Boolean.parseBoolean(System.getenv(requiredFlag))) {
			fail(reason + " (" + requiredFlag + "=true, so this is a failure)");
		}
		String message = "NOT RUN: " + reason + ". Set " + requiredFlag + "=true to make this a failure.";
		System.err.println(message);
		Assumptions.abort(message);
	}

}
