package org.precursor.database;

import org.precursor.support.OnPostgres;

/** The public pages' queries on a real PostgreSQL server. */
@OnPostgres
class PostgresPublicQueriesTests extends PublicQueriesContractTests {

}
