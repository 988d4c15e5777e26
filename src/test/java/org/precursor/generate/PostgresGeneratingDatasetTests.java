package org.precursor.generate;

import org.precursor.support.OnPostgres;

/** The synthetic dataset generated into a real PostgreSQL server. */
@OnPostgres
class PostgresGeneratingDatasetTests extends GeneratingDatasetContractTests {

}
