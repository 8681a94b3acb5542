package no.ambisjon.audit;

import java.io.Serializable;
import java.time.LocalDate;
import no.ambisjon.base.change.ChangeKind;

/**
 * What the audit log is narrowed to; a {@code null} part matches everything.
 *
 * @param actor part of the username of who did it
 * @param from  the first day, inclusive
 * @param until the last day, inclusive
 */
public record AuditFilter(Long customerId, String actor, ChangeKind kind, LocalDate from, LocalDate until)
        implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
