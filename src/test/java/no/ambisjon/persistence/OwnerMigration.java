package no.ambisjon.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 18 on a database of its own: rows with free-text owners as they were before it, then
 * the migration, then who owns what. The same on H2 and on PostgreSQL.
 */
final class OwnerMigration {

    private static final String NOW = "TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+01:00'";

    private OwnerMigration() {
    }

    /** @param locations the app's migrations and its vendor's own */
    static void migrateAndCheck(DataSource dataSource, String... locations) {
        Flyway.configure().dataSource(dataSource).locations(locations).target("17").load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        seed(jdbc);
        Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();

        assertThat(owner(jdbc, "key_result", 301)).as("the display name, whatever the case").isEqualTo(owner(101L, null));
        assertThat(owner(jdbc, "key_result", 302)).as("the one first name among the customer's people")
                .isEqualTo(owner(101L, null));
        assertThat(owner(jdbc, "key_result", 303)).as("two of them are called Per").isEqualTo(owner(null, "Per"));
        assertThat(owner(jdbc, "key_result", 304)).as("the consultant assigned to the customer").isEqualTo(owner(104L, null));
        assertThat(owner(jdbc, "key_result", 305)).as("nobody's name").isEqualTo(owner(null, "Ukjent Person"));
        assertThat(owner(jdbc, "key_result", 306)).as("no owner").isEqualTo(owner(null, null));
        assertThat(owner(jdbc, "key_result", 307)).as("two people share the whole name")
                .isEqualTo(owner(null, "Lise Lund"));
        assertThat(owner(jdbc, "key_result", 308)).as("a consultant of another customer only")
                .isEqualTo(owner(null, "Eva Annen"));
        assertThat(owner(jdbc, "objective", 201)).isEqualTo(owner(103L, null));
        assertThat(owner(jdbc, "action_item", 501)).isEqualTo(owner(104L, null));
        assertThat(owner(jdbc, "action_item", 502)).as("a guest without a login").isEqualTo(owner(null, "Regnskapsføreren"));
        assertThat(jdbc.queryForList("select owner, owner_id from minutes_action where minutes_id = 601 order by position"))
                .as("frozen minutes keep the name they froze, with the person beside it")
                .extracting(row -> row.get("owner") + "/" + row.get("owner_id"))
                .containsExactly("Kari/101", "Per/null");
    }

    private static String owner(Long id, String name) {
        return id + "/" + name;
    }

    private static String owner(JdbcTemplate jdbc, String table, long id) {
        return jdbc.queryForObject("select owner_id, owner from " + table + " where id = ?",
                (rs, n) -> owner(rs.getObject("owner_id") == null ? null : rs.getLong("owner_id"), rs.getString("owner")), id);
    }

    private static void seed(JdbcTemplate jdbc) {
        customer(jdbc, 1, "migrering-a");
        customer(jdbc, 2, "migrering-b");
        user(jdbc, 101, "Kari Nordmann", "CUSTOMER_EDITOR", 1L);
        user(jdbc, 102, "Per Hansen", "CUSTOMER_VIEWER", 1L);
        user(jdbc, 103, "Per Olsen", "CUSTOMER_VIEWER", 1L);
        user(jdbc, 104, "Ola Konsulent", "CONSULTANT", null);
        user(jdbc, 105, "Kari Berg", "CONSULTANT", null);
        user(jdbc, 106, "Kari Nordmann", "CUSTOMER_EDITOR", 2L);
        user(jdbc, 107, "Lise Lund", "CUSTOMER_EDITOR", 1L);
        user(jdbc, 108, "Lise Lund", "CUSTOMER_VIEWER", 1L);
        user(jdbc, 109, "Eva Annen", "CONSULTANT", null);
        assign(jdbc, 104, 1);
        assign(jdbc, 105, 2);
        assign(jdbc, 109, 2);
        jdbc.update("insert into objective (id, customer_id, quarter_year, quarter_number, title, owner, status, version,"
                + " created_at, created_by, changed_at, changed_by) values (201, 1, 2026, 4, 'Mål', 'per olsen', 'ACTIVE', 0, "
                + NOW + ", 'test', " + NOW + ", 'test')");
        var owners = new String[] {"kari NORDMANN", "Kari", "Per", " Ola ", "Ukjent Person", null, "Lise Lund", "Eva Annen"};
        for (int i = 0; i < owners.length; i++) {
            jdbc.update("insert into key_result (id, objective_id, customer_id, title, category, measure, start_value,"
                    + " target_value, direction, owner, archived, version, created_at, created_by, changed_at, changed_by)"
                    + " values (?, 201, 1, 'Nøkkelresultat', 'VOLUME', 'NUMBER', 0, 10, 'UP', ?, false, 0, " + NOW
                    + ", 'test', " + NOW + ", 'test')", 301 + i, owners[i]);
        }
        jdbc.update("insert into meeting (id, customer_id, scheduled_at, state, version, created_at, created_by, changed_at,"
                + " changed_by) values (401, 1, " + NOW + ", 'CLOSED', 0, " + NOW + ", 'test', " + NOW + ", 'test')");
        for (var action : new Object[][] {{501, "Ola"}, {502, "Regnskapsføreren"}}) {
            jdbc.update("insert into action_item (id, meeting_id, customer_id, text, owner, done, version, created_at,"
                    + " created_by, changed_at, changed_by) values (?, 401, 1, 'Gjøre noe', ?, false, 0, " + NOW + ", 'test', "
                    + NOW + ", 'test')", action[0], action[1]);
        }
        jdbc.update("insert into minutes (id, meeting_id, customer_id, quarter_year, quarter_number, closed_at, closed_by,"
                + " version, created_at, created_by, changed_at, changed_by) values (601, 401, 1, 2026, 4, " + NOW
                + ", 'Ola Konsulent', 0, " + NOW + ", 'test', " + NOW + ", 'test')");
        jdbc.update("insert into minutes_action (minutes_id, position, text, owner, done) values (601, 0, 'Gjøre noe', 'Kari', false)");
        jdbc.update("insert into minutes_action (minutes_id, position, text, owner, done) values (601, 1, 'Gjøre mer', 'Per', false)");
    }

    private static void customer(JdbcTemplate jdbc, long id, String slug) {
        jdbc.update("insert into customer (id, name, slug, active, version, created_at, created_by, changed_at, changed_by)"
                + " values (?, ?, ?, true, 0, " + NOW + ", 'test', " + NOW + ", 'test')", id, slug, slug);
    }

    private static void user(JdbcTemplate jdbc, long id, String name, String role, Long customerId) {
        jdbc.update("insert into user_account (id, username, display_name, password_hash, role, customer_id, active, version,"
                + " created_at, created_by, changed_at, changed_by) values (?, ?, ?, 'x', ?, ?, true, 0, " + NOW
                + ", 'test', " + NOW + ", 'test')", id, "bruker-" + id + "@migrering.no", name, role, customerId);
    }

    private static void assign(JdbcTemplate jdbc, long consultantId, long customerId) {
        jdbc.update("insert into consultant_assignment (consultant_id, customer_id, version, created_at, created_by,"
                + " changed_at, changed_by) values (?, ?, 0, " + NOW + ", 'test', " + NOW + ", 'test')", consultantId, customerId);
    }
}
