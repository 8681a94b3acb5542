package no.ambisjon.persistence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The persistence contract on a real PostgreSQL server under the app's own {@code postgres} profile.
 * {@code scripts/test-services start} gives it an empty database before the integration tests run.
 */
@SpringBootTest(properties = {
        "AMBISJON_DB_URL=${AMBISJON_TEST_DB_URL:jdbc:postgresql://127.0.0.1:5432/ambisjon_test}",
        "AMBISJON_DB_USER=${AMBISJON_TEST_DB_USER:ambisjon_test}",
        "AMBISJON_DB_PASSWORD=${AMBISJON_TEST_DB_PASSWORD:ambisjon_test}",
        "AMBISJON_DEMO_DATA=true"})
@ActiveProfiles("postgres")
class PostgresPersistenceIT extends PersistenceContract {
}
