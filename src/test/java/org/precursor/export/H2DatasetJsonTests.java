package org.precursor.export;

/** The dataset export on H2. */
class H2DatasetJsonTests extends DatasetJsonContractTests {

}
