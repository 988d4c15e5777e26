package org.precursor.article;

/** How sure we are of an article's publication date: stated in the text, inferred from it, or unknown. */
public enum DatePrecision {

	STATED, INFERRED, UNKNOWN

}
