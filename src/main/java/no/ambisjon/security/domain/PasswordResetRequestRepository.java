package no.ambisjon.security.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetRequestRepository extends JpaRepository<PasswordResetRequest, Long> {

    long countByNameKeyAndRequestedAtAfter(String nameKey, Instant since);

    long countByAddressAndRequestedAtAfter(String address, Instant since);

    @Modifying
    @Query("delete from PasswordResetRequest r where r.requestedAt < :before")
    int deleteRequestedBefore(Instant before);
}
