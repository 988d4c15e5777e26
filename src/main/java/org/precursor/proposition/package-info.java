/** Contested propositions that actors support or dispute. */
package org.precursor.proposition;
