package no.ambisjon.customer.domain;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultantAssignmentRepository extends JpaRepository<ConsultantAssignment, Long> {

    /** The active customers the consultant works with; a deactivated customer is out of everyone's way but the admin's. */
    @Query("""
            select a.customerId from ConsultantAssignment a, Customer c
            where c.id = a.customerId and c.active = true and a.consultantId = :consultantId""")
    Set<Long> findActiveCustomerIdsByConsultantId(long consultantId);

    List<ConsultantAssignment> findByCustomerId(long customerId);
}
