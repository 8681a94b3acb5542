package no.ambisjon.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

    Optional<PasswordLink> findByTokenHash(String tokenHash);

    List<PasswordLink> findByUserIdAndPurposeAndUsedAtIsNull(long userId, PasswordLink.Purpose purpose);
}
