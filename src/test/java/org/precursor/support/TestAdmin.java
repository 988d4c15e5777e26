package org.precursor.support;

/**
 * The first admin account every test context starts with. {@link HermeticEnvironment} puts these values into each
 * context, above anything the caller's shell exports, so that tests that sign in as the admin can rely on them.
 */
public final class TestAdmin {

	public static final String USERNAME = "admin";

	public static final String PASSWORD = "correct-horse-battery-staple";

	private TestAdmin() {
	}

}
