package no.ambisjon.base.change;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opens a {@link ChangeLedger} as every read-write transaction begins, so that it also sees rows
 * that only turn out to be changed when the transaction commits. Spring Boot hands every such
 * listener to the transaction manager.
 */
@Component
class ChangeLedgerOpener implements TransactionExecutionListener {

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure == null && !transaction.isReadOnly() && TransactionSynchronizationManager.isSynchronizationActive()) {
            ChangeLedger.current();
        }
    }
}
