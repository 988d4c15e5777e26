/** Loading the seed dataset from db/seed into an empty database, exactly once. */
package org.precursor.seed;
