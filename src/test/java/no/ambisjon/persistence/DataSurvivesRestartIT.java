package no.ambisjon.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import no.ambisjon.Application;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.customer.CustomerChange;
import no.ambisjon.customer.domain.Customer;
import no.ambisjon.customer.domain.CustomerRepository;
import no.ambisjon.security.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import no.ambisjon.OtherAppsInThisJvm;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded default keeps its data in a file: what was saved before a restart is there after it. */
@ExtendWith(OtherAppsInThisJvm.class)
class DataSurvivesRestartIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("ambisjon")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void a_customer_saved_before_a_restart_is_there_after_it_and_the_demo_data_is_not_loaded_twice() {
        long users;
        try (var app = start()) {
            users = app.getBean(UserAccountRepository.class).count();
            app.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
                app.getBean(CustomerRepository.class).save(new Customer("Varig Lagring AS", "varig-lagring", Set.of("Varig")));
                app.getBean(Changes.class).record(new CustomerChange(ChangeKind.CUSTOMER_CREATED, null, "varig-lagring"));
            });
        }
        assertThat(dataDir.resolve("ambisjon.mv.db")).isNotEmptyFile();

        try (var app = start()) {
            var saved = app.getBean(CustomerRepository.class).findBySlug("varig-lagring");
            assertThat(saved).hasValueSatisfying(c -> {
                assertThat(c.getName()).isEqualTo("Varig Lagring AS");
                assertThat(c.getShortNames()).containsExactly("Varig");
            });
            assertThat(app.getBean(UserAccountRepository.class).count()).isEqualTo(users).isEqualTo(9);
            assertThat(app.getBean(CustomerRepository.class).count()).isEqualTo(4);
        }
    }

    /**
     * The pool retires each connection after 30 minutes, one at a time, the one that ran the
     * migrations among them, while the database stays open. The database must not depend on that
     * connection: every table with a check constraint still takes writes after it is gone (with
     * H2 2.4.240 every write to them failed from then on).
     */
    @Test
    void every_constrained_table_still_takes_writes_after_the_connection_that_migrated_it_is_closed() throws Exception {
        try (var app = start()) {
            var jdbc = app.getBean(JdbcTemplate.class);
            var url = app.getEnvironment().getProperty("spring.datasource.url");
            // Keeps the database open while the pool's connections go, as connections retired one by one do.
            try (var stayingOpen = DriverManager.getConnection(url, "sa", "")) {
                var retiredBefore = Timestamp.from(Instant.now());
                app.getBean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                        "select count(*) from information_schema.sessions where session_start < ?", Long.class, retiredBefore) == 1);

                var constrained = jdbc.queryForList("select u.table_name, min(u.column_name) as column_name"
                        + " from information_schema.table_constraints c join information_schema.constraint_column_usage u"
                        + " on u.constraint_name = c.constraint_name and u.table_schema = c.table_schema"
                        + " where c.constraint_type = 'CHECK' and c.table_schema = 'public'"
                        + " group by u.table_name, u.constraint_name order by u.table_name");
                assertThat(constrained).extracting(row -> row.get("table_name"))
                        .contains("check_in", "user_account", "objective", "key_result", "meeting");
                for (var row : constrained) {
                    var table = row.get("table_name");
                    var column = row.get("column_name");
                    assertThat(jdbc.update("update " + table + " set " + column + " = " + column + " where "
                            + column + " is not null")).as("rows of %s rewritten", table).isNotNegative();
                }
                assertThat(jdbc.update("insert into check_in (key_result_id, customer_id, measured_value, confidence,"
                        + " author_id, author_name, checked_in_at, version, created_at, created_by, changed_at, changed_by)"
                        + " select key_result_id, customer_id, measured_value + 1, 'AT_RISK', author_id, author_name,"
                        + " checked_in_at, 0, created_at, created_by, changed_at, changed_by from check_in"
                        + " order by id fetch first 1 rows only")).isEqualTo(1);
            }
        }
    }
}
