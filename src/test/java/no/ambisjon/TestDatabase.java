package no.ambisjon;

import java.util.Map;

/**
 * The PostgreSQL database {@code scripts/test-services} makes for the integration tests, as the
 * environment variables of the {@code postgres} profile name it.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String url() {
        return System.getenv().getOrDefault("AMBISJON_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ambisjon_test");
    }

    public static String user() {
        return System.getenv().getOrDefault("AMBISJON_TEST_DB_USER", "ambisjon_test");
    }

    public static String password() {
        return System.getenv().getOrDefault("AMBISJON_TEST_DB_PASSWORD", "ambisjon_test");
    }

    /** For a node of its own on the database at {@code url}, e.g. behind a load balancer. */
    public static Map<String, String> environment(String url) {
        return Map.of("AMBISJON_DB_URL", url, "AMBISJON_DB_USER", user(), "AMBISJON_DB_PASSWORD", password(),
                "AMBISJON_FORWARD_HEADERS", "native");
    }

    public static Map<String, String> environment() {
        return environment(url());
    }
}
