package no.ambisjon.audit.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import no.ambisjon.base.change.ChangeKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /**
     * Entries matching the filters, newest first. A {@code null} filter matches everything and is
     * left out of the query altogether (PostgreSQL cannot type a bare {@code ? is null}).
     *
     * @param allCustomers whether entries of every customer and those of no customer may be shown;
     *                     otherwise only those of {@code customerIds}
     * @param actor        part of the actor's username, in any case
     */
    default Page<AuditEntry> search(boolean allCustomers, Collection<Long> customerIds, Long customerId, String actor,
                                    ChangeKind kind, Instant from, Instant until, int page, int size) {
        Specification<AuditEntry> matching = (entry, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (!allCustomers) {
                where.add(entry.get("customerId").in(customerIds));
            }
            if (customerId != null) {
                where.add(cb.equal(entry.get("customerId"), customerId));
            }
            if (actor != null) {
                where.add(cb.like(cb.lower(entry.get("actor")), "%" + escape(actor.toLowerCase(Locale.ROOT)) + "%", '\\'));
            }
            if (kind != null) {
                where.add(cb.equal(entry.get("kind"), kind));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(entry.get("at"), from));
            }
            if (until != null) {
                where.add(cb.lessThan(entry.get("at"), until));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return findAll(matching, PageRequest.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
