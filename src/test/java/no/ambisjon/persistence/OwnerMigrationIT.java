package no.ambisjon.persistence;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Free-text owners become people on PostgreSQL, in a schema of the test database of its own ({@code
 * scripts/test-services start} gives the database), dropped afterwards.
 */
class OwnerMigrationIT {

    @Test
    void free_text_owners_become_the_people_they_name_unambiguously_and_stay_names_otherwise() {
        var url = System.getenv().getOrDefault("AMBISJON_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ambisjon_test");
        var schema = "owner_migration_" + System.nanoTime();
        var dataSource = new SingleConnectionDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getenv().getOrDefault("AMBISJON_TEST_DB_USER", "ambisjon_test"),
                System.getenv().getOrDefault("AMBISJON_TEST_DB_PASSWORD", "ambisjon_test"), true);
        try {
            new JdbcTemplate(dataSource).execute("create schema " + schema);
            OwnerMigration.migrateAndCheck(dataSource, "classpath:db/migration", "classpath:db/postgresql");
        } finally {
            new JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
            dataSource.destroy();
        }
    }
}
