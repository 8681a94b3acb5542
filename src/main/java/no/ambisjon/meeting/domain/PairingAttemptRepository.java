package no.ambisjon.meeting.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PairingAttemptRepository extends JpaRepository<PairingAttempt, Long> {

    long countByUserIdAndSucceededFalseAndAtAfter(long userId, Instant after);
}
