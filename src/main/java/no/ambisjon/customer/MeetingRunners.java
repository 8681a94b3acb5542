package no.ambisjon.customer;

import java.util.List;
import no.ambisjon.customer.domain.ConsultantAssignmentRepository;
import no.ambisjon.security.People;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may run a customer's triad meetings now: an active admin, or an active consultant assigned to
 * the customer, while the customer is active. It asks about a given user, not the signed-in one: a
 * meeting-room screen, which nobody is signed in on, lasts only while whoever paired it passes.
 */
@Component
@Transactional(readOnly = true)
public class MeetingRunners {

    private final CustomerLoader customers;
    private final ConsultantAssignmentRepository assignments;
    private final People people;

    MeetingRunners(CustomerLoader customers, ConsultantAssignmentRepository assignments, People people) {
        this.customers = customers;
        this.assignments = assignments;
        this.people = people;
    }

    public boolean mayRun(long userId, long customerId) {
        if (!customers.isActive(customerId)) {
            return false;
        }
        return people.active(List.of(userId)).stream().findFirst().map(person -> switch (person.role()) {
            case ADMIN -> true;
            case CONSULTANT -> assignments.findActiveCustomerIdsByConsultantId(userId).contains(customerId);
            case CUSTOMER_EDITOR, CUSTOMER_VIEWER -> false;
        }).orElse(false);
    }
}
