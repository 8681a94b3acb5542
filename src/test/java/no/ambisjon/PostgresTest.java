package no.ambisjon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on the PostgreSQL test database ({@link TestDatabase}) under its own
 * {@code postgres} profile, with the demo data. Every test class that uses it shares one Spring
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "AMBISJON_DB_URL=${AMBISJON_TEST_DB_URL:jdbc:postgresql://127.0.0.1:5432/ambisjon_test}",
        "AMBISJON_DB_USER=${AMBISJON_TEST_DB_USER:ambisjon_test}",
        "AMBISJON_DB_PASSWORD=${AMBISJON_TEST_DB_PASSWORD:ambisjon_test}"})
@ActiveProfiles({"postgres", "demo"})
public @interface PostgresTest {
}
