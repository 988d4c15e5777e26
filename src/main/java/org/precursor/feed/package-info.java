/** Atom feeds of the claims most recently added: all of them, and those of one actor, proposition or outlet. */
package org.precursor.feed;
