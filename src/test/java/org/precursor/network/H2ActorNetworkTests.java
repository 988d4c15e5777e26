package org.precursor.network;

/** The actor network on the embedded H2 database. */
class H2ActorNetworkTests extends ActorNetworkContractTests {

}
