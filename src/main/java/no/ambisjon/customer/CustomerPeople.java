package no.ambisjon.customer;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.customer.domain.ConsultantAssignment;
import no.ambisjon.customer.domain.ConsultantAssignmentRepository;
import no.ambisjon.security.People;
import no.ambisjon.security.Person;
import no.ambisjon.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may see a customer's data: its own logins, the consultants assigned to it and the
 * agency's admins. A meeting's attendees are picked from them, and only they get its minutes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CustomerPeople {

    private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::displayName,
            Collator.getInstance(Language.NB.locale()));

    private final TenantGuard guard;
    private final ConsultantAssignmentRepository assignments;
    private final People people;

    CustomerPeople(TenantGuard guard, ConsultantAssignmentRepository assignments, People people) {
        this.guard = guard;
        this.assignments = assignments;
        this.people = people;
    }

    /** Everyone active who may see the customer, by name. */
    public List<Person> people(CustomerId customerId) {
        guard.requireVisible(customerId.value());
        var consultants = people.active(assignments.findByCustomerId(customerId.value()).stream()
                .map(ConsultantAssignment::getConsultantId).toList()).stream()
                .filter(person -> person.role() == Role.CONSULTANT);
        return Stream.of(people.loginsOf(customerId.value()).stream(), consultants,
                        people.staff(EnumSet.of(Role.ADMIN)).stream())
                .flatMap(s -> s).distinct().sorted(BY_NAME).toList();
    }

    /**
     * The person chosen to own something of the customer's, or do an action item.
     *
     * @throws IllegalArgumentException when they are not active or may not see the customer
     */
    public Person chosen(CustomerId customerId, long personId) {
        return people(customerId).stream().filter(person -> person.id() == personId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The owner may not see the customer"));
    }

    /** Those of {@code ids} who may see the customer now. */
    public List<Person> among(CustomerId customerId, Collection<Long> ids) {
        return people(customerId).stream().filter(person -> ids.contains(person.id())).toList();
    }
}
