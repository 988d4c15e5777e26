/** Actors who make or are the subject of claims, their types, aliases and affiliations. */
package org.precursor.actor;
