package no.ambisjon.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import no.ambisjon.Application;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestDatabase;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import no.ambisjon.OtherAppsInThisJvm;
import no.ambisjon.PostgresTest;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Backup and restore as docs/operations.md tells an operator to do them: {@code pg_dump} in its
 * custom format, {@code pg_restore} into a fresh, empty database, and the application started on
 * that one with every row there and its users able to sign in.
 */
@PostgresTest
@ExtendWith(OtherAppsInThisJvm.class)
class BackupRestoreIT {

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path backups;

    @Test
    void a_backup_restored_into_a_fresh_database_starts_the_application_with_all_data_there() throws Exception {
        var customer = testCustomers.create();
        okr.objective(customer, 3, 2);
        var rows = rowsPerTable(jdbc);
        assertThat(rows).containsKeys("customer", "check_in", "audit_entry", "flyway_schema_history");

        var backup = backups.resolve("ambisjon.dump");
        run(List.of("pg_dump", "--format=custom", "--file=" + backup), TestDatabase.url());
        assertThat(Files.size(backup)).isPositive();

        var restored = "ambisjon_test_restored_" + System.nanoTime();
        jdbc.execute("CREATE DATABASE " + restored);
        try {
            var restoredUrl = TestDatabase.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + restored + "$1");
            run(List.of("pg_restore", "--no-owner", "--exit-on-error", backup.toString()), restoredUrl);

            try (var app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                    "--spring.profiles.active=postgres,demo", "--AMBISJON_DB_URL=" + restoredUrl,
                    "--AMBISJON_DB_USER=" + TestDatabase.user(), "--AMBISJON_DB_PASSWORD=" + TestDatabase.password())) {
                assertThat(rowsPerTable(app.getBean(JdbcTemplate.class))).isEqualTo(rows);
                var signedIn = app.getBean(AuthenticationProvider.class).authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(customer.editor(), TestCustomers.PASSWORD));
                assertThat(signedIn.isAuthenticated()).isTrue();
            }
        } finally {
            jdbc.execute("DROP DATABASE " + restored + " WITH (FORCE)");
        }
    }

    /** Every table of the application and how many rows it has. */
    private static Map<String, Long> rowsPerTable(JdbcTemplate jdbc) {
        var counts = new TreeMap<String, Long>();
        for (var table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return counts;
    }

    /** A PostgreSQL client program against the database at a JDBC address, as the test user. */
    private static void run(List<String> program, String jdbcUrl) throws IOException, InterruptedException {
        var address = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        var command = new ArrayList<>(program);
        command.addAll(List.of("--host=" + address.getHost(), "--port=" + (address.getPort() < 0 ? 5432 : address.getPort()),
                "--username=" + TestDatabase.user(), "--dbname=" + address.getPath().substring(1)));
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("PGPASSWORD", TestDatabase.password());
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(started.exitValue()).as("%s: %s", program.getFirst(), output).isZero();
    }
}
