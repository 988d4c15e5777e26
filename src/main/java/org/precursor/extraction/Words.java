package org.precursor.extraction;

import java.util.Arrays;
import java.util.Set;

/** Word lists written for reading, where a word listed twice does no harm. */
final class Words {

	private Words() {
	}

	static Set<String> set(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

}
