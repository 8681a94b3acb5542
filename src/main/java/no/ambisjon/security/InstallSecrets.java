package no.ambisjon.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secrets of this installation, made at random the first time they are asked for and kept in the
 * database, so that every node and every restart uses the same.
 */
@Component
class InstallSecrets {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();

    InstallSecrets(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Each attempt in a transaction of its own: losing the race to another node spoils no caller's transaction. */
    byte[] secret(String name) {
        try {
            return ownTransaction.execute(status -> readOrMake(name));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return ownTransaction.execute(status -> readOrMake(name));
        }
    }

    private byte[] readOrMake(String name) {
        var found = jdbc.queryForList("select secret from install_secret where name = ?", String.class, name);
        if (!found.isEmpty()) {
            return Base64.getDecoder().decode(found.getFirst());
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        jdbc.update("insert into install_secret (name, secret) values (?, ?)", name, Base64.getEncoder().encodeToString(bytes));
        return bytes;
    }
}
