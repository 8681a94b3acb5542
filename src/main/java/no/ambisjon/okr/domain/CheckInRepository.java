package no.ambisjon.okr.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    /** Oldest first; the last one per key result is its current value. */
    List<CheckIn> findByKeyResultIdInOrderByCheckedInAtAscIdAsc(Collection<Long> keyResultIds);

    /** The customer's check-ins made after {@code since}, by key result. */
    @Query("""
            select c.keyResultId as keyResultId, count(c) as checkIns from CheckIn c
            where c.customerId = :customerId and c.checkedInAt > :since group by c.keyResultId""")
    List<CheckInCount> countSince(long customerId, Instant since);

    interface CheckInCount {
        long getKeyResultId();

        long getCheckIns();
    }
}
