package no.ambisjon.audit;

import java.time.Clock;
import no.ambisjon.audit.domain.AuditEntry;
import no.ambisjon.audit.domain.AuditEntryRepository;
import no.ambisjon.base.change.Change;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one audit entry for every change, in the transaction of the change: the entry exists
 * exactly when the change does. Nothing else writes the log.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AuditLog {

    private static final int SUBJECT_LENGTH = 500;
    private static final int ACTOR_LENGTH = 254;

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(Change change) {
        entries.save(new AuditEntry(clock.instant(), shorten(actor(change), ACTOR_LENGTH), change.kind(),
                change.customerId(), shorten(change.subject(), SUBJECT_LENGTH)));
    }

    private static String actor(Change change) {
        if (change.actor() != null) {
            return change.actor();
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static String shorten(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
