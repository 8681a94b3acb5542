package no.ambisjon.cluster;

import no.ambisjon.base.change.Change;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other nodes of each change from inside the change's own transaction: PostgreSQL
 * delivers a notification only when its transaction commits, and then in commit order, so a
 * rolled-back change is never announced and no committed one is lost between commit and telling.
 */
class ChangeBroadcast {

    private final JdbcTemplate jdbc;
    private final String node;

    ChangeBroadcast(JdbcTemplate jdbc, String node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(Change change) {
        jdbc.query("select pg_notify(?, ?)", rs -> null, Notice.CHANNEL, Notice.of(node, change).payload());
    }
}
