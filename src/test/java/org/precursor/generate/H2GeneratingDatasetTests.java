package org.precursor.generate;

/** The synthetic dataset generated into the embedded H2 database. */
class H2GeneratingDatasetTests extends GeneratingDatasetContractTests {

}
