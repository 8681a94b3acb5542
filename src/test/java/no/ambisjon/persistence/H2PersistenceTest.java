package no.ambisjon.persistence;

import no.ambisjon.IntegrationTest;

/** The persistence contract on the embedded H2 (in memory for tests, a file for the app). */
@IntegrationTest
class H2PersistenceTest extends PersistenceContract {
}
