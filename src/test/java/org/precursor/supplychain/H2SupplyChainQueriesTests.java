package org.precursor.supplychain;

/** The supply-chain reads on the embedded H2 database. */
class H2SupplyChainQueriesTests extends SupplyChainQueriesContractTests {

}
