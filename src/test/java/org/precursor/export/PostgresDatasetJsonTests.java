package org.precursor.export;

import org.precursor.support.OnPostgres;

/** The dataset export on a real PostgreSQL server. */
@OnPostgres
class PostgresDatasetJsonTests extends DatasetJsonContractTests {

}
