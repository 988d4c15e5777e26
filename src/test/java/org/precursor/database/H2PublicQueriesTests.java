package org.precursor.database;

/** The public pages' queries on the embedded H2 database. */
class H2PublicQueriesTests extends PublicQueriesContractTests {

}
