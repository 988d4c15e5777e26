package org.precursor.seed;

import org.precursor.support.OnPostgres;

/** Upgrading a seeded database to a newer seed dataset, on a real PostgreSQL server. */
@OnPostgres
class PostgresSeedUpgradeTests extends SeedUpgradeContractTests {

}
