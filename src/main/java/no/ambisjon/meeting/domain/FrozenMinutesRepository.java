package no.ambisjon.meeting.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrozenMinutesRepository extends JpaRepository<FrozenMinutes, Long> {

    Optional<FrozenMinutes> findByMeetingId(long meetingId);

    /** The customer's latest closed minutes. */
    Optional<FrozenMinutes> findFirstByCustomerIdOrderByClosedAtDesc(long customerId);
}
