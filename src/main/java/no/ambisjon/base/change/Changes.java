package no.ambisjon.base.change;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a write becomes known: {@link #record} writes what is pending (so that a conflict with
 * someone else's save shows here) and raises the change, which the audit log records in this
 * transaction and the live screens hear of after it commits. A transaction that writes rows
 * without recording a change is refused at commit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Changes {

    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    Changes(ApplicationEventPublisher events, EntityManager entityManager) {
        this.events = events;
        this.entityManager = entityManager;
    }

    public void record(Change change) {
        entityManager.flush();
        ChangeLedger.current().raised();
        events.publishEvent(change);
    }
}
