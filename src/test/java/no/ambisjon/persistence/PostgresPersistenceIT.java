package no.ambisjon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.ambisjon.PostgresTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.WebLogins;
import no.ambisjon.audit.domain.AuditEntry;
import no.ambisjon.base.change.ChangeKind;
import org.junit.jupiter.api.Test;

/**
 * The persistence contract on a real PostgreSQL server under the app's own {@code postgres} profile.
 * {@code scripts/test-services start} gives it an empty database before the integration tests run.
 */
@PostgresTest
class PostgresPersistenceIT extends PersistenceContract {

    @Test
    void the_database_itself_refuses_to_change_or_delete_the_audit_log() {
        var actor = "uforanderlig-" + System.nanoTime() + "@ambisjon.no";
        tx.executeWithoutResult(s -> auditEntries.save(new AuditEntry(Instant.now(), actor, ChangeKind.CHECK_IN, null, "Skrevet")));
        var id = jdbc.queryForObject("select id from audit_entry where actor = ?", Long.class, actor);

        assertThatThrownBy(() -> jdbc.update("update audit_entry set subject = 'Endret' where id = ?", id))
                .hasMessageContaining("The audit log cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .hasMessageContaining("The audit log cannot be changed");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry cascade"))
                .hasMessageContaining("The audit log cannot be changed");
        assertThat(jdbc.queryForObject("select subject from audit_entry where id = ?", String.class, id)).isEqualTo("Skrevet");
    }

    @Test
    void a_login_waits_for_another_nodes_turn_on_the_same_name_only_a_few_seconds() throws Exception {
        var username = testCustomers.consultant();
        var address = WebLogins.newAddress();
        // Another node, in the middle of an attempt on the same name, holds its turn.
        try (var otherNode = jdbc.getDataSource().getConnection();
             var turn = otherNode.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
            turn.setString(1, "login:" + username);
            turn.execute();
            try {
                assertThat(WebLogins.refused(web.login(username, TestCustomers.PASSWORD, address))).isTrue();
                assertThat(jdbc.queryForList("select subject from audit_entry where actor = ? and kind = 'LOGIN_FAILED'",
                        String.class, username)).containsExactly("busy " + address);
                assertThat(jdbc.queryForObject("select count(*) from login_attempt where address = ?", Long.class, address))
                        .as("audited, not counted: a busy name must not lock its owner out").isZero();
            } finally {
                try (var end = otherNode.prepareStatement("select pg_advisory_unlock_all()")) {
                    end.execute();
                }
            }
        }
        assertThat(WebLogins.refused(web.login(username, TestCustomers.PASSWORD, WebLogins.newAddress())))
                .as("once the other node's attempt is over").isFalse();
    }
}
