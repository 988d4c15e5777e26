package org.precursor.api;

/** The API's documents on H2. */
class H2ApiDocumentsTests extends ApiDocumentsContractTests {

}
