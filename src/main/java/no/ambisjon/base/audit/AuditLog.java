package no.ambisjon.base.audit;

import java.time.Clock;
import no.ambisjon.base.audit.domain.AuditEntry;
import no.ambisjon.base.audit.domain.AuditEntryRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Called by the services inside the transaction of the change, so that an
 * entry exists exactly when the change does; login events, which have no transaction of their own,
 * get one.
 */
@Component
@Transactional
public class AuditLog {

    private static final int SUBJECT_LENGTH = 500;

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** A change by the signed-in user. */
    public void record(AuditKind kind, Long customerId, String subject) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        record(auth == null ? "system" : auth.getName(), kind, customerId, subject);
    }

    /** @param actor who did it, as they signed in (also for failed logins, when no one is signed in) */
    public void record(String actor, AuditKind kind, Long customerId, String subject) {
        var text = subject == null || subject.length() <= SUBJECT_LENGTH ? subject
                : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
        var who = actor.length() <= 254 ? actor : actor.substring(0, 254);
        entries.save(new AuditEntry(clock.instant(), who, kind, customerId, text));
    }
}
