package org.precursor.seed;

/** Hears how far an import has come: the stage ("claims") and how many of its rows are done. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress SILENT = (stage, done, total) -> {
	};

	/** Called as rows are done; {@code total} is 0 while it is not known. */
	void advanced(String stage, long done, long total);

}
