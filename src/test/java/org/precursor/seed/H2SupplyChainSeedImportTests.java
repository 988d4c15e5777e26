package org.precursor.seed;

/** The supply-chain dataset loaded into the embedded H2 database. */
class H2SupplyChainSeedImportTests extends SupplyChainSeedImportContractTests {

}
