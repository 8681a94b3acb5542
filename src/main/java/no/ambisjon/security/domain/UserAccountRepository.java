package no.ambisjon.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.ambisjon.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByActiveTrueAndCustomerId(long customerId);

    List<UserAccount> findByActiveTrueAndRoleIn(Collection<Role> roles);

    List<UserAccount> findByActiveTrueAndIdIn(Collection<Long> ids);

    List<UserAccount> findByIdIn(Collection<Long> ids);
}
