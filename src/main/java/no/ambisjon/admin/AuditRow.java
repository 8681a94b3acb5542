package no.ambisjon.admin;

import java.io.Serializable;
import java.time.Instant;
import no.ambisjon.base.audit.AuditKind;

/** One line of the audit log as the administration shows it. */
public record AuditRow(long id, Instant at, String actor, AuditKind kind, Long customerId, String subject)
        implements Serializable {
}
