package org.precursor.seed;

/** The seed dataset loaded into the embedded H2 database. */
class H2SeedImportTests extends SeedImportContractTests {

}
