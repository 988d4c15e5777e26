/** One search across actors (names and aliases), claims and articles. */
package org.precursor.search;
