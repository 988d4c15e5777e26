/** Filling an empty database with a large synthetic dataset, to measure every page at scale ({@code --generate}). */
package org.precursor.generate;
