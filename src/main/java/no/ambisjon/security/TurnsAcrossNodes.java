package no.ambisjon.security;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login attempts on one name take turns across every node that shares the database: on PostgreSQL
 * the attempt's transaction holds an advisory lock on the name until it commits. One node on an
 * embedded database needs nothing more than {@link OneAttemptAtATime}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class TurnsAcrossNodes {

    private static final Duration POLL = Duration.ofMillis(25);

    private final JdbcTemplate jdbc;
    private final boolean shared;

    TurnsAcrossNodes(JdbcTemplate jdbc) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.shared = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
                DatabaseMetaData::getDatabaseProductName));
    }

    /**
     * Waits until no other node is on an attempt with this name, at most {@code patience}; the turn
     * ends with the transaction.
     *
     * @return whether the turn came in time
     */
    boolean take(String username, Duration patience) {
        if (!shared) {
            return true;
        }
        var key = "login:" + UserAccount.normalise(username);
        var deadline = System.nanoTime() + patience.toNanos();
        while (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class, key))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
