package no.ambisjon.base.change;

import jakarta.persistence.EntityManager;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction has written and which changes it raised. Before the transaction commits it
 * writes everything still pending and refuses to commit rows that no change accounts for: a write
 * that would reach neither the audit log nor the live screens never lands.
 */
final class ChangeLedger implements TransactionSynchronization {

    private Object firstWritten;
    private int raised;

    /** The ledger of the current transaction, or {@code null} outside one. */
    static ChangeLedger current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var ledger = (ChangeLedger) TransactionSynchronizationManager.getResource(ChangeLedger.class);
        if (ledger == null) {
            ledger = new ChangeLedger();
            TransactionSynchronizationManager.bindResource(ChangeLedger.class, ledger);
            TransactionSynchronizationManager.registerSynchronization(ledger);
        }
        return ledger;
    }

    void written(Object entity) {
        if (firstWritten == null) {
            firstWritten = entity;
        }
    }

    void raised() {
        raised++;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        // Rows changed but not yet flushed are written at commit, after this: write them now, so
        // that they are seen here too.
        TransactionSynchronizationManager.getResourceMap().values().stream()
                .filter(EntityManagerHolder.class::isInstance).map(holder -> ((EntityManagerHolder) holder).getEntityManager())
                .forEach(EntityManager::flush);
        if (firstWritten != null && raised == 0) {
            throw new UnrecordedChangeException(firstWritten);
        }
    }

    /** A transaction started inside this one (REQUIRES_NEW) keeps a ledger of its own meanwhile. */
    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResourceIfPossible(ChangeLedger.class);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(ChangeLedger.class, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(ChangeLedger.class);
    }
}
