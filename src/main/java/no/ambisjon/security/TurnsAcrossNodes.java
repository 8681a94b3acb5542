package no.ambisjon.security;

import java.sql.DatabaseMetaData;
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

    private final JdbcTemplate jdbc;
    private final boolean shared;

    TurnsAcrossNodes(JdbcTemplate jdbc) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.shared = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
                DatabaseMetaData::getDatabaseProductName));
    }

    /** Waits until no other node is on an attempt with this name; the turn ends with the transaction. */
    void take(String username) {
        if (shared) {
            jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> null, "login:" + UserAccount.normalise(username));
        }
    }
}
