package no.ambisjon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.ambisjon.PostgresTest;
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
}
