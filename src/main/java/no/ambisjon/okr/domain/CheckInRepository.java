package no.ambisjon.okr.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    /** Oldest first; the last one per key result is its current value. */
    List<CheckIn> findByKeyResultIdInOrderByCheckedInAtAscIdAsc(Collection<Long> keyResultIds);
}
