package org.precursor.supplychain;

import org.precursor.support.OnPostgres;

/** The supply-chain reads on a real PostgreSQL server. */
@OnPostgres
class PostgresSupplyChainQueriesTests extends SupplyChainQueriesContractTests {

}
