package org.precursor.network;

import org.precursor.support.OnPostgres;

/** The actor network on a real PostgreSQL server. */
@OnPostgres
class PostgresActorNetworkTests extends ActorNetworkContractTests {

}
