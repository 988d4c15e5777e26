/** Loading the seed dataset from db/seed: whole into an empty database, and each newer version once, as an upsert. */
package org.precursor.seed;
