package no.ambisjon.customer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    @EntityGraph(attributePaths = "shortNames")
    List<Customer> findAllWithShortNamesBy();

    @EntityGraph(attributePaths = "shortNames")
    List<Customer> findByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = "shortNames")
    Optional<Customer> findBySlug(String slug);

    @EntityGraph(attributePaths = "shortNames")
    Optional<Customer> findWithShortNamesById(long id);
}
