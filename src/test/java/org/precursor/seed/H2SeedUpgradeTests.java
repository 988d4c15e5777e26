package org.precursor.seed;

/** Upgrading a seeded database to a newer seed dataset, on the embedded H2 database. */
class H2SeedUpgradeTests extends SeedUpgradeContractTests {

}
