package org.precursor.export;

/** The claims export on H2. */
class H2ClaimsCsvTests extends ClaimsCsvContractTests {

}
