package org.precursor.database;

/** The repository contract on the embedded H2 database. */
class H2RepositoryTests extends RepositoryContractTests {

}
