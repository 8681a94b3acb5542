package no.ambisjon.customer.domain;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultantAssignmentRepository extends JpaRepository<ConsultantAssignment, Long> {

    @Query("select a.customerId from ConsultantAssignment a where a.consultantId = :consultantId")
    Set<Long> findCustomerIdsByConsultantId(long consultantId);
}
