package no.ambisjon.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

public interface ScreenPairingRepository extends JpaRepository<ScreenPairing, Long> {

    /** A code still waiting to be typed: not paired, not expired. Locked, so that it pairs once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select p from ScreenPairing p
            where p.code = :code and p.meetingId is null and p.endedAt is null and p.codeExpiresAt > :now""")
    Optional<ScreenPairing> findWaiting(String code, Instant now);

    Optional<ScreenPairing> findByToken(String token);

    /** How many codes were shown to an address since a time. */
    long countByAddressAndCreatedAtAfter(String address, Instant since);

    /** The meeting's screens that are still on. */
    @Query("""
            select p from ScreenPairing p
            where p.meetingId = :meetingId and p.endedAt is null and p.endsAt > :now order by p.pairedAt""")
    List<ScreenPairing> findActive(long meetingId, Instant now);
}
