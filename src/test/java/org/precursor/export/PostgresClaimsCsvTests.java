package org.precursor.export;

import org.precursor.support.OnPostgres;

/** The claims export on a real PostgreSQL server. */
@OnPostgres
class PostgresClaimsCsvTests extends ClaimsCsvContractTests {

}
