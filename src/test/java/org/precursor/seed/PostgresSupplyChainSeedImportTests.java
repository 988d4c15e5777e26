package org.precursor.seed;

import org.precursor.support.OnPostgres;

/** The supply-chain dataset loaded into a real PostgreSQL server. */
@OnPostgres
class PostgresSupplyChainSeedImportTests extends SupplyChainSeedImportContractTests {

}
