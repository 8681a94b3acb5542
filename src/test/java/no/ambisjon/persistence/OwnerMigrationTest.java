package no.ambisjon.persistence;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Free-text owners become people on H2, in the mode the app runs it in. */
class OwnerMigrationTest {

    @Test
    void free_text_owners_become_the_people_they_name_unambiguously_and_stay_names_otherwise() {
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:owner-migration-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        try {
            OwnerMigration.migrateAndCheck(dataSource, "classpath:db/migration", "classpath:db/h2");
        } finally {
            dataSource.destroy();
        }
    }
}
