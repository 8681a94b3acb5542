package no.ambisjon.base.change;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Announces each change of this node once its transaction has committed. */
@Component
class CommitAnnouncer {

    private final ApplicationEventPublisher events;

    CommitAnnouncer(ApplicationEventPublisher events) {
        this.events = events;
    }

    @TransactionalEventListener
    void on(Change change) {
        events.publishEvent(new Committed(change));
    }
}
