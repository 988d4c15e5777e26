package org.precursor.proposition;

/** Claims split between supporting and disputing something, as the split bar draws them. */
public interface SplitBetweenSides {

	long supports();

	long disputes();

	default long total() {
		return supports() + disputes();
	}

	default int supportsPercent() {
		return total() == 0 ? 0 : (int) Math.round(100.0 * supports() / total());
	}

	default int disputesPercent() {
		return total() == 0 ? 0 : 100 - supportsPercent();
	}

}
