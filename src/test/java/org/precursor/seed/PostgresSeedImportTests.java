package org.precursor.seed;

import org.precursor.support.OnPostgres;

/** The seed dataset loaded into a real PostgreSQL server. */
@OnPostgres
class PostgresSeedImportTests extends SeedImportContractTests {

}
