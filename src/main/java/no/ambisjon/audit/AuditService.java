package no.ambisjon.audit;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.ambisjon.audit.domain.AuditEntry;
import no.ambisjon.audit.domain.AuditEntryRepository;
import no.ambisjon.customer.TenantGuard;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, newest first, a page at a time. Only administrators read it; the query is
 * narrowed to the customers the reader may see all the same, so that an entry about a customer can
 * never reach someone outside that customer even if the role rule changes.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEntryRepository entries;
    private final TenantGuard tenantGuard;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, TenantGuard tenantGuard, Clock clock) {
        this.entries = entries;
        this.tenantGuard = tenantGuard;
        this.clock = clock;
    }

    /** @param offset a multiple of {@code limit}, as a grid asks for its pages */
    public List<AuditRow> search(AuditFilter filter, int offset, int limit) {
        return page(filter, offset / limit, limit).map(AuditService::row).getContent();
    }

    public long count(AuditFilter filter) {
        return page(filter, 0, 1).getTotalElements();
    }

    private Page<AuditEntry> page(AuditFilter filter, int page, int size) {
        var scope = tenantGuard.scope();
        var zone = clock.getZone();
        var from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        var until = filter.until() == null ? null : filter.until().plusDays(1).atStartOfDay(zone).toInstant();
        var actor = filter.actor() == null || filter.actor().isBlank() ? null : filter.actor().strip();
        // An empty "in" list is not valid everywhere; no customer has id -1.
        var customerIds = scope.customerIds().isEmpty() ? Set.of(-1L) : scope.customerIds();
        return entries.search(scope.everyCustomer(), customerIds,
                filter.customerId(), actor, filter.kind(), from, until, page, size);
    }

    private static AuditRow row(AuditEntry e) {
        return new AuditRow(e.getId(), e.getAt(), e.getActor(), e.getKind(), e.getCustomerId(), e.getSubject());
    }
}
