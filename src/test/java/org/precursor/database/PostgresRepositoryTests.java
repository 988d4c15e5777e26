package org.precursor.database;

import org.precursor.support.OnPostgres;

/** The repository contract on a real PostgreSQL server. */
@OnPostgres
class PostgresRepositoryTests extends RepositoryContractTests {

}
