package no.ambisjon.base.change;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/** Tells the transaction's {@link ChangeLedger} that an entity of the application is being written. */
public class WriteWatch {

    @PrePersist
    @PreUpdate
    @PreRemove
    void writing(Object entity) {
        var ledger = ChangeLedger.current();
        if (ledger != null) {
            ledger.written(entity);
        }
    }
}
