package org.precursor.api;

import org.precursor.support.OnPostgres;

/** The API's documents on a real PostgreSQL server. */
@OnPostgres
class PostgresApiDocumentsTests extends ApiDocumentsContractTests {

}
