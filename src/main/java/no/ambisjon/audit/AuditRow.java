package no.ambisjon.audit;

import java.io.Serializable;
import java.time.Instant;
import no.ambisjon.base.change.ChangeKind;

/** One line of the audit log as the administration shows it. */
public record AuditRow(long id, Instant at, String actor, ChangeKind kind, Long customerId, String subject)
        implements Serializable {
}
