package no.ambisjon.base.audit.domain;

import java.time.Instant;
import java.util.Collection;
import no.ambisjon.base.audit.AuditKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /**
     * Entries matching the filters (a {@code null} filter matches everything), newest first.
     *
     * @param allCustomers whether entries of every customer and those of no customer may be shown;
     *                     otherwise only those of {@code customerIds}
     */
    @Query("""
            select e from AuditEntry e
            where (:allCustomers = true or e.customerId in :customerIds)
              and (:customerId is null or e.customerId = :customerId)
              and (:actor is null or lower(e.actor) like lower(concat('%', cast(:actor as string), '%')))
              and (:kind is null or e.kind = :kind)
              and (:from is null or e.at >= :from)
              and (:until is null or e.at < :until)
            order by e.at desc, e.id desc""")
    Page<AuditEntry> search(boolean allCustomers, Collection<Long> customerIds, Long customerId, String actor,
                            AuditKind kind, Instant from, Instant until, Pageable page);
}
